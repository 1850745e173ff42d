// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.profile.population.StatisticsImport;

/**
 * Finds the line of the first cell with given coordinates that the population collector takes
 * (same filters, same key and date interpretation as {@link PopulationSink}), by reading the source
 * again: only when a duplicate cell is found, so that the collector need not keep a line per cell.
 */
final class FirstLineSink implements CellSink {
  /** Ends the reading at the first match. */
  static final class Found extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long line;

    Found(long line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  private final StatisticsImport options;
  private final String key;
  private final LocalDate date;
  private final Sex sex;
  private final AgeBand age;

  FirstLineSink(StatisticsImport options, String key, LocalDate date, Sex sex, AgeBand age) {
    this.options = options;
    this.key = key;
    this.date = date;
    this.sex = sex;
    this.age = age;
  }

  /** The line of the first such cell in {@code source}, or 0. */
  static long find(GenesisSource source, StatisticsImport options, String key, LocalDate date, Sex sex, AgeBand age) {
    try {
      GenesisReader.parseInto(source, () -> new FirstLineSink(options, key, date, sex, age));
    } catch (Found f) {
      return f.line;
    }
    return 0;
  }

  @Override
  public void cell(long line, int column, String rawKey, String name, String time, Optional<Sex> sex,
      Optional<AgeBand> age, Optional<String> nationality, Map<String, String> dims, String variable,
      Optional<String> unit, String cell) {
    if (options.variable().isPresent() && !options.variable().get().equals(variable)) {
      return;
    }
    if (options.nationality().isPresent() && nationality.isPresent()
        && !options.nationality().get().equals(nationality.get())) {
      return;
    }
    if (age.isPresent() && age.get().equals(this.age) && sex.orElse(Sex.TOTAL) == this.sex
        && PopulationSink.canonicalKey(rawKey).equals(key) && date.equals(PopulationSink.dateOf(time))) {
      throw new Found(line);
    }
  }

  @Override
  public void table(Optional<String> code, Optional<String> title, List<String> notes) {
    // not needed
  }
}
