// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zwk.io.csv.CsvFormatException;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsTable;

/**
 * Collects the cells into the columns of a {@link StatisticsTable} for {@link GenesisReader#read}:
 * dictionary codes and a value per cell, never a record per cell. A region key is parsed (AGS,
 * ARS) and a time label (date, year) once per distinct text; consecutive cells of a row share the
 * region and time, so the last codes are reused without a lookup.
 */
final class RecordSink implements CellSink {
  private final String source;
  private final StatisticsTable.Builder table;
  private final Map<String, Map<String, Integer>> regions = new HashMap<>();
  private final Map<String, Integer> times = new HashMap<>();
  private String lastKey = "";
  private String lastName = "";
  private int lastRegion = -1;
  private String lastTime = "";
  private int lastTimeCode = -1;

  RecordSink(String source) {
    this.source = source;
    this.table = StatisticsTable.builder().source(source);
  }

  @Override
  public void cell(long line, int column, String key, String name, String time, Optional<Sex> sex,
      Optional<AgeBand> age, Optional<String> nationality, Map<String, String> dims, String variable,
      Optional<String> unit, String cell) {
    if (lastRegion < 0 || !key.equals(lastKey) || !name.equals(lastName)) {
      lastRegion = regions.computeIfAbsent(key, k -> new HashMap<>())
          .computeIfAbsent(name, n -> RecordFactory.region(table, key, n));
      lastKey = key;
      lastName = name;
    }
    if (lastTimeCode < 0 || !time.equals(lastTime)) {
      lastTimeCode = times.computeIfAbsent(time, t -> RecordFactory.time(table, t));
      lastTime = time;
    }
    RecordFactory.Value v = RecordFactory.value(source, line, column, cell);
    try {
      table.addCell(lastRegion, lastTimeCode, sex, table.age(age), table.nationality(nationality),
          table.dimensions(dims), table.variable(variable, unit), v.state, v.number, line);
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
          CsvFormatException.clip(e.getMessage()), e);
    }
  }

  @Override
  public void table(Optional<String> code, Optional<String> title, List<String> notes) {
    table.tableCode(code).title(title).notes(notes);
  }

  StatisticsTable build(List<Diagnostic> warnings) {
    return table.warnings(warnings).build();
  }
}
