// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

class PopulationParquetTest {
  @TempDir
  Path dir;

  @Test
  void longTableHasTheCsvColumnsTypedAndTheStatesKept() throws Exception {
    LocalDate date = LocalDate.of(2018, 12, 31);
    BandSet bands = BandSet.of(AgeBand.of(0, 19), AgeBand.of(20, 64), AgeBand.openFrom(65));
    PopulationTable table = PopulationTable.builder(List.of("01001", "11001001"), List.of(date), bands)
        .setAll("01001", date, Sex.MALE, 8_000, 27_000, 9_000)
        .setAll("01001", date, Sex.FEMALE, 7_500, 26_000, 12_000)
        .setAll("01001", date, Sex.TOTAL, 15_500, 53_000, 21_000)
        .setState("11001001", date, Sex.TOTAL, 0, ValueState.UNKNOWN)
        .build();
    Path file = dir.resolve("population.parquet");
    long rows;
    try (OutputStream out = Files.newOutputStream(file)) {
      rows = PopulationParquet.write(table, k -> k.equals("01001") ? "Flensburg, Kreisfreie Stadt" : "Mitte",
          Map.of(), out);
    }
    // rows the source has: 01001: 3 sexes x 3 bands = 9; 11001001: only the one unknown cell given
    long cellsOf11001001 = countCells(table, 1);
    assertEquals(9 + cellsOf11001001, rows);
    assertEquals(rows, ((Number) DuckDb.scalar(file, "SELECT count(*) FROM t")).longValue());
    assertEquals(Map.of("key", "VARCHAR", "name", "VARCHAR", "date", "DATE", "sex", "VARCHAR", "age_from", "INTEGER",
        "age_to", "INTEGER", "value", "BIGINT", "state", "VARCHAR"), DuckDb.columnTypes(file));
    // totals by hand: 15,500 + 53,000 + 21,000 = 89,500; men 44,000; women 45,500
    assertEquals(89_500L, ((Number) DuckDb.scalar(file, "SELECT sum(value) FROM t WHERE sex = 'total'")).longValue());
    assertEquals(44_000L, ((Number) DuckDb.scalar(file, "SELECT sum(value) FROM t WHERE sex = 'm'")).longValue());
    assertEquals(List.of(List.of("unknown")), DuckDb.query(file,
        "SELECT state FROM t WHERE key = '11001001' AND sex = 'total' AND age_from = 0"));
    assertEquals(1L, ((Number) DuckDb.scalar(file,
        "SELECT count(*) FROM t WHERE key = '11001001' AND value IS NULL AND age_from = 0")).longValue());
    assertEquals(3L, ((Number) DuckDb.scalar(file, "SELECT count(*) FROM t WHERE age_to IS NULL AND key = '01001'"))
        .longValue());
    assertEquals(List.of(List.of(20, 64)), DuckDb.query(file,
        "SELECT DISTINCT age_from, age_to FROM t WHERE age_from = 20"));
    assertEquals("Flensburg, Kreisfreie Stadt", DuckDb.scalar(file, "SELECT DISTINCT name FROM t WHERE key = '01001'"));
  }

  /** Cells of a region the table has a state for (derived totals included), counted independently of the writer. */
  private static long countCells(PopulationTable t, int region) {
    long n = 0;
    for (Sex s : new Sex[] {Sex.MALE, Sex.FEMALE, Sex.TOTAL}) {
      for (int b = 0; b < t.bands().size(); b++) {
        if (t.state(region, 0, s, b).isPresent()) {
          n++;
        }
      }
    }
    return n;
  }
}
