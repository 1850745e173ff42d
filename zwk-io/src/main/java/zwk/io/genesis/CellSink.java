// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;

/**
 * Where a layout parser puts the cells it finds, one at a time: into records
 * ({@link RecordSink}, the {@link zwk.model.statistics.StatisticsTable} of {@link GenesisReader#read})
 * or straight into a population table ({@link PopulationSink}). The arguments are shared between
 * cells (one {@code Optional} per column or row); a sink must not keep {@code dims} beyond the call.
 */
interface CellSink {
  /**
   * One value cell.
   *
   * @param line 1-based source line of the cell's row
   * @param column 1-based column of the value
   * @param cell the value text as published (number or special symbol)
   */
  void cell(long line, int column, String key, String name, String time, Optional<Sex> sex, Optional<AgeBand> age,
      Optional<String> nationality, Map<String, String> dims, String variable, Optional<String> unit, String cell);

  /** The table's metadata, given once the parser knows it (before or after the cells). */
  void table(Optional<String> code, Optional<String> title, List<String> notes);
}
