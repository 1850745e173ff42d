// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.List;
import java.util.Optional;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;

/**
 * How the value of one attribute is written to and read from its cells in a flat table: one cell
 * for most attributes, several for a flattened one (a measure's {@code period} in {@code start} and
 * {@code end}). The defaults by element type are in {@link CellCodecs}; a table's override layer
 * gives its own where the value needs a check or an encoding of its own.
 *
 * @param <V> the attribute's value: the element of an {@code Optional}, the {@code List} itself, or
 *     the value of a required or defaulted attribute
 */
interface CellCodec<V> {

  /** Adds exactly one cell per column of the attribute. */
  void write(V value, CsvExportProfile profile, List<CsvCell> out);

  /**
   * The value of the row's cells; empty when the cells are empty (for a list: the empty list).
   *
   * @param columns the attribute's column ids, in order
   * @throws RowRejectedException naming the column when a cell cannot be read
   */
  Optional<V> read(RowValues row, List<String> columns);
}
