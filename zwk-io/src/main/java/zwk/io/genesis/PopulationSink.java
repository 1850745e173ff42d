// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zwk.io.csv.CsvFormatException;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.PopulationCollector;
import zwk.profile.population.StatisticsImport;

/**
 * Puts cells straight into a {@link PopulationCollector}: the key, time and value of each cell are
 * interpreted exactly as {@link RecordFactory} does for a record, but without building one; key and
 * time are interpreted once per distinct text, and a plain integer value is parsed without
 * {@code BigDecimal}.
 */
final class PopulationSink implements CellSink {
  private final String source;
  private final PopulationCollector collector;
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();
  private String lastRawKey;
  private String lastKey;
  private String lastNamedKey;
  private String lastTime;
  private LocalDate lastDate;
  private Optional<String> code = Optional.empty();
  private Optional<String> title = Optional.empty();

  PopulationSink(GenesisSource src, StatisticsImport options) {
    this.source = src.name();
    this.collector = new PopulationCollector(source, options)
        .locateDuplicatesWith((key, date, sex, age) -> FirstLineSink.find(src, options, key, date, sex, age));
  }

  @Override
  public void cell(long line, int column, String rawKey, String name, String time, Optional<Sex> sex,
      Optional<AgeBand> age, Optional<String> nationality, Map<String, String> dims, String variable,
      Optional<String> unit, String cell) {
    String key;
    if (rawKey == lastRawKey || rawKey.equals(lastRawKey)) {
      key = lastKey;
    } else {
      key = key(rawKey);
      lastRawKey = rawKey;
      lastKey = key;
    }
    if (key != lastNamedKey) {
      names.putIfAbsent(key, name);
      lastNamedKey = key;
    }
    LocalDate date;
    if (time == lastTime || time.equals(lastTime)) {
      date = lastDate;
    } else {
      date = date(time);
      lastTime = time;
      lastDate = date;
    }
    String v = cell.strip();
    ValueState state = ValueState.NUMBER;
    long count = 0;
    BigDecimal exact = null;
    long parsed = parseInt(v);
    if (parsed >= 0) {
      count = parsed;
    } else {
      Optional<ValueState> special = ValueState.ofSymbol(v);
      if (special.isPresent()) {
        state = special.get();
      } else {
        Optional<BigDecimal> n = GenesisLabels.number(v);
        if (n.isEmpty()) {
          throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
              "expected a number or one of - . x ... /, got '" + CsvFormatException.clip(cell) + "'");
        }
        exact = n.get();
      }
    }
    collector.add(line, key, time, date, sex.orElse(null), age.orElse(null),
        age.isPresent() ? "" : PopulationCollector.ageLabel(dims), nationality.orElse(null), variable,
        unit.orElse(null), state, count, exact);
  }

  /** The collector the cells go to (for {@link DirectRows}, which hands most cells over by index). */
  PopulationCollector collector() {
    return collector;
  }

  /** {@link #canonicalKey} of a stripped key label, worked out once per distinct label. */
  String key(String rawKey) {
    return keys.computeIfAbsent(rawKey, PopulationSink::canonicalKey);
  }

  /** {@link #dateOf} of a stripped time label, worked out once per distinct label. */
  LocalDate date(String time) {
    return dates.computeIfAbsent(time, PopulationSink::dateOf);
  }

  /** Records the name of a region unless it has one (as the first {@link #cell} of the region does). */
  void name(String key, String name) {
    if (key != lastNamedKey) {
      names.putIfAbsent(key, name);
      lastNamedKey = key;
    }
  }

  /** A plain non-negative integer of at most 18 digits, or -1 (then the exact path decides). */
  private static long parseInt(String s) {
    int n = s.length();
    if (n == 0 || n > 18) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The key as {@link RecordFactory} stores it in a record and the population table takes it. */
  static String canonicalKey(String regionKey) {
    String key = regionKey.strip();
    Optional<Ags> ags = GenesisLabels.ags(key);
    if (ags.isPresent()) {
      return ags.get().code();
    }
    Optional<Ars> ars = GenesisLabels.ars(key);
    if (ars.isPresent()) {
      return ars.get().hasAgs() ? ars.get().toAgs().code() : ars.get().code();
    }
    return key;
  }

  /** The reference date of a time label: the date, or 31 December of the year; null when neither. */
  static LocalDate dateOf(String time) {
    Optional<LocalDate> d = GenesisLabels.date(time);
    if (d.isPresent()) {
      return d.get();
    }
    return GenesisLabels.year(time).map(y -> LocalDate.of(y, 12, 31)).orElse(null);
  }

  @Override
  public void table(Optional<String> code, Optional<String> title, List<String> notes) {
    this.code = code;
    this.title = title;
  }

  GenesisPopulation finish(List<Diagnostic> warnings) {
    collector.requirePopulationMeasure(code);
    return new GenesisPopulation(collector.finish(), names, code, title, warnings);
  }
}
