// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.assumption.RegionalProjection;

/**
 * A population projection ({@link RegionalProjection}) as a long Parquet table, the columns of
 * {@code zwk project}'s CSV with types:
 *
 * <table>
 * <caption>Columns</caption>
 * <tr><th>column</th><th>type</th><th>meaning</th></tr>
 * <tr><td>key</td><td>string</td><td>region key (AGS)</td></tr>
 * <tr><td>name</td><td>string</td><td>region name</td></tr>
 * <tr><td>year</td><td>int32</td><td>the year; the population on its 31 December (the start year first)</td></tr>
 * <tr><td>sex</td><td>string</td><td>{@code m} or {@code w}</td></tr>
 * <tr><td>age_from</td><td>int32</td><td>first year of age of the band</td></tr>
 * <tr><td>age_to</td><td>int32, null for the open top band</td><td>last year of age, inclusive</td></tr>
 * <tr><td>value</td><td>int64</td><td>persons, rounded half up to whole persons as in the CSV</td></tr>
 * </table>
 *
 * <p>Why {@code value} is an integer: the CSV of {@code zwk project} gives whole persons (the
 * projection's counts rounded half up, {@link Math#round(double)}), and a researcher who reads both
 * must get the same sums; the unrounded counts are available from {@link Cohorts#count} in the API.
 * Every cell is known (a projection has no special values), so there is no {@code state} column.
 * Rows come in the order of the CSV: region, year, sex (m, w), band.
 */
public final class ProjectionParquet {
  /** The columns (a documented contract, the same names as the CSV's). */
  public static final List<ParquetColumn> COLUMNS = List.of(
      ParquetColumn.required("key", ColumnType.STRING),
      ParquetColumn.required("name", ColumnType.STRING),
      ParquetColumn.required("year", ColumnType.INT32),
      ParquetColumn.required("sex", ColumnType.STRING),
      ParquetColumn.required("age_from", ColumnType.INT32),
      ParquetColumn.optional("age_to", ColumnType.INT32),
      ParquetColumn.required("value", ColumnType.INT64));

  private static final Sex[] SEXES = {Sex.MALE, Sex.FEMALE};

  private ProjectionParquet() {}

  /**
   * Writes {@code projection} to {@code out} (not closed).
   *
   * @param names the region name of a key (empty text where none is known)
   * @param metadata key-value pairs for the file footer (e.g. the assumptions' id)
   * @return the number of rows written
   */
  public static long write(RegionalProjection projection, Function<String, String> names, Map<String, String> metadata,
      OutputStream out) throws IOException {
    int startYear = projection.startDate().getYear();
    try (ParquetTableWriter w = ParquetTableWriter.open(out, COLUMNS, metadata)) {
      for (String key : projection.regions()) {
        String name = names.apply(key);
        for (int k = 0; k <= projection.years(); k++) {
          Cohorts c = projection.population(key, k);
          for (Sex sex : SEXES) {
            for (int b = 0; b < c.size(); b++) {
              AgeBand band = c.bands().band(b);
              w.string(key).string(name).int32(startYear + k).string(sex.code()).int32(band.from());
              if (band.to().isPresent()) {
                w.int32(band.to().getAsInt());
              } else {
                w.empty();
              }
              w.int64(Math.round(c.count(sex, b))).endRow();
            }
          }
        }
      }
      return w.rows();
    }
  }
}
