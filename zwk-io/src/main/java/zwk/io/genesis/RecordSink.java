// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;

/** Collects the cells as {@link StatisticsRecord}s for {@link GenesisReader#read}. */
final class RecordSink implements CellSink {
  private final String source;
  private final List<StatisticsRecord> records = new ArrayList<>();
  private Optional<String> code = Optional.empty();
  private Optional<String> title = Optional.empty();
  private List<String> notes = List.of();

  RecordSink(String source) {
    this.source = source;
  }

  @Override
  public void cell(long line, int column, String key, String name, String time, Optional<Sex> sex,
      Optional<AgeBand> age, Optional<String> nationality, Map<String, String> dims, String variable,
      Optional<String> unit, String cell) {
    records.add(RecordFactory.record(source, line, column, key, name, time, sex, age, nationality, dims, variable,
        unit, cell));
  }

  @Override
  public void table(Optional<String> code, Optional<String> title, List<String> notes) {
    this.code = code;
    this.title = title;
    this.notes = notes;
  }

  StatisticsTable build(List<String> warnings) {
    return StatisticsTable.builder()
        .source(source)
        .tableCode(code)
        .title(title)
        .records(records)
        .notes(notes)
        .warnings(warnings)
        .build();
  }
}
