// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.PopulationTable;

/**
 * A {@link PopulationTable} as a long Parquet table, the columns of {@code zwk population}'s CSV
 * with the types a researcher expects:
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>column</th><th>type</th><th>meaning</th></tr>
 * <tr><td>key</td><td>string</td><td>region key (AGS or the source's key)</td></tr>
 * <tr><td>name</td><td>string</td><td>region name</td></tr>
 * <tr><td>date</td><td>date</td><td>reference date (Stichtag)</td></tr>
 * <tr><td>sex</td><td>string</td><td>{@code m}, {@code w} or {@code total}</td></tr>
 * <tr><td>age_from</td><td>int32</td><td>first year of age of the band (completed years)</td></tr>
 * <tr><td>age_to</td><td>int32, null for the open top band</td><td>last year of age of the band, inclusive</td></tr>
 * <tr><td>value</td><td>int64, null unless state is number or zero</td><td>persons</td></tr>
 * <tr><td>state</td><td>string</td><td>{@code number}, {@code zero} ({@code -}), {@code unknown} ({@code .}),
 * {@code not_applicable} ({@code x}), {@code not_yet_available} ({@code ...}), {@code uncertain} ({@code /})</td></tr>
 * </table>
 *
 * <p>Rows come in the order of the CSV: region, date, sex (m, w, total), band; a cell the source
 * does not have is no row.
 */
public final class PopulationParquet {
  /** The columns (a documented contract, the same names as the CSV's). */
  public static final List<ParquetColumn> COLUMNS = List.of(
      ParquetColumn.required("key", ColumnType.STRING),
      ParquetColumn.required("name", ColumnType.STRING),
      ParquetColumn.required("date", ColumnType.DATE),
      ParquetColumn.required("sex", ColumnType.STRING),
      ParquetColumn.required("age_from", ColumnType.INT32),
      ParquetColumn.optional("age_to", ColumnType.INT32),
      ParquetColumn.optional("value", ColumnType.INT64),
      ParquetColumn.required("state", ColumnType.STRING));

  private static final Sex[] SEXES = {Sex.MALE, Sex.FEMALE, Sex.TOTAL};

  private PopulationParquet() {}

  /**
   * Writes {@code table} to {@code out} (not closed).
   *
   * @param names the region name of a key (empty text where none is known)
   * @param metadata key-value pairs for the file footer (e.g. {@code source}: the input file name)
   * @return the number of rows written
   */
  public static long write(PopulationTable table, Function<String, String> names, Map<String, String> metadata,
      OutputStream out) throws IOException {
    String[] states = new String[ValueState.values().length];
    for (ValueState s : ValueState.values()) {
      states[s.ordinal()] = stateCode(s);
    }
    try (ParquetTableWriter w = ParquetTableWriter.open(out, COLUMNS, metadata)) {
      for (int r = 0; r < table.regions().size(); r++) {
        String key = table.regions().get(r);
        String name = names.apply(key);
        for (int d = 0; d < table.dates().size(); d++) {
          LocalDate date = table.dates().get(d);
          for (Sex sex : SEXES) {
            for (int b = 0; b < table.bands().size(); b++) {
              Optional<ValueState> state = table.state(r, d, sex, b);
              if (state.isEmpty()) {
                continue;
              }
              AgeBand band = table.bands().band(b);
              w.string(key).string(name).date(date).string(sex.code()).int32(band.from());
              if (band.to().isPresent()) {
                w.int32(band.to().getAsInt());
              } else {
                w.empty();
              }
              if (state.get().isNumeric()) {
                w.int64(table.count(r, d, sex, b));
              } else {
                w.empty();
              }
              w.string(states[state.get().ordinal()]).endRow();
            }
          }
        }
      }
      return w.rows();
    }
  }

  /** The state column's code of a value state: its constant name in lower case. */
  public static String stateCode(ValueState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }
}
