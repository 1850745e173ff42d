// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zwk population FILE --format parquet} on the real Kreise file, read back by DuckDB (an
 * independent reader): the rows of the CSV output, the types a researcher expects, and the
 * published total of the file.
 */
class PopulationParquetCommandTest {
  @TempDir
  Path dir;

  @Test
  void parquetHasTheCsvRowsTypedAndThePublishedTotal() throws Exception {
    Path in = CliRun.data("genesis/12411-02-03-5-B_kreise_2018.csv");
    Path out = dir.resolve("kreise.parquet");
    CliRun run = CliRun.of("population", in.toString(), "--format", "parquet", "--out", out.toString());
    assertEquals(0, run.code(), run.toString());
    CliRun csv = CliRun.of("population", in.toString());
    assertEquals(0, csv.code(), csv.err());
    long csvRows = csv.out().lines().count() - 1; // without the header

    String t = "read_parquet('" + out.toString().replace("'", "''") + "')";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      assertEquals(csvRows, scalar(s, "SELECT count(*) FROM " + t));
      // ../shared/data/README.md: the 401 current Kreise sum to 83,019,213 (m 40,966,691, w 42,052,522)
      assertEquals(83_019_213L, scalar(s, "SELECT sum(value) FROM " + t + " WHERE length(key) = 5 AND sex = 'total'"));
      assertEquals(40_966_691L, scalar(s, "SELECT sum(value) FROM " + t + " WHERE length(key) = 5 AND sex = 'm'"));
      assertEquals(42_052_522L, scalar(s, "SELECT sum(value) FROM " + t + " WHERE length(key) = 5 AND sex = 'w'"));
      // the Berlin districts' '.' cells stay unknown, with no value
      assertTrue(scalar(s, "SELECT count(*) FROM " + t + " WHERE state = 'unknown' AND value IS NULL") > 0);
      assertEquals(0L, scalar(s, "SELECT count(*) FROM " + t + " WHERE state = 'unknown' AND value IS NOT NULL"));
      Map<String, String> types = new LinkedHashMap<>();
      try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + t)) {
        while (r.next()) {
          types.put(r.getString(1), r.getString(2));
        }
      }
      assertEquals(Map.of("key", "VARCHAR", "name", "VARCHAR", "date", "DATE", "sex", "VARCHAR", "age_from", "INTEGER",
          "age_to", "INTEGER", "value", "BIGINT", "state", "VARCHAR"), types);
      try (ResultSet r = s.executeQuery("SELECT DISTINCT date FROM " + t)) {
        r.next();
        assertEquals(java.time.LocalDate.of(2018, 12, 31), r.getObject(1, java.time.LocalDate.class));
      }
    }
  }

  @Test
  void unknownFormatAndCsvProfileWithParquetAreRefused() {
    Path in = CliRun.data("genesis/12411-02-03-5-B_kreise_2018.csv");
    assertEquals(2, CliRun.of("population", in.toString(), "--format", "xlsx").code());
    assertEquals(2, CliRun.of("population", in.toString(), "--format", "parquet", "--profile", "excel-de").code());
  }

  private static long scalar(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
