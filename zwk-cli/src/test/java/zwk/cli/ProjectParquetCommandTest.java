// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zwk project --format parquet} on the real Länder file 12411-0013, read back by DuckDB (an
 * independent reader): the rows, types and sums of the CSV output of the same projection.
 */
class ProjectParquetCommandTest {
  @TempDir
  Path dir;

  @Test
  void parquetHasTheCsvRowsTypedAndTheCsvSums() throws Exception {
    String in = CliRun.data(ProjectCommandTest.LAENDER).toString();
    Path out = dir.resolve("project.parquet");
    CliRun run = CliRun.of("project", "--population", in, "--level", "land", "--to", "2025", "--format", "parquet",
        "--out", out.toString());
    assertEquals(0, run.code(), run.toString());
    CliRun csv = CliRun.of("project", "--population", in, "--level", "land", "--to", "2025");
    assertEquals(0, csv.code(), csv.err());
    long csvRows = 0;
    Map<String, Long> csvSums = new HashMap<>(); // key|year|sex -> persons
    long openBands = 0;
    for (String line : csv.out().lines().skip(1).toList()) {
      String[] f = line.split(";", -1);
      csvRows++;
      csvSums.merge(f[0] + "|" + f[2] + "|" + f[3], Long.parseLong(f[6]), Long::sum);
      if (f[5].isEmpty()) {
        openBands++;
      }
    }
    String t = "read_parquet('" + out.toString().replace("'", "''") + "')";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      assertEquals(csvRows, scalar(s, "SELECT count(*) FROM " + t));
      // 16 Länder x 2018..2025 (8 years) x 2 sexes x 91 bands (0..89, 90+)
      assertEquals(16L * 8 * 2 * 91, csvRows);
      Map<String, Long> pqSums = new HashMap<>();
      try (ResultSet r = s.executeQuery("SELECT key, year, sex, sum(value) FROM " + t + " GROUP BY key, year, sex")) {
        while (r.next()) {
          pqSums.put(r.getString(1) + "|" + r.getInt(2) + "|" + r.getString(3), r.getLong(4));
        }
      }
      assertEquals(csvSums, pqSums);
      assertEquals(openBands, scalar(s, "SELECT count(*) FROM " + t + " WHERE age_to IS NULL"));
      // the start is the file's 31.12.2018: 83,019,213 (data README, 12411-02-03-5-B check figure)
      assertEquals(83_019_213L, scalar(s, "SELECT sum(value) FROM " + t + " WHERE year = 2018"));
      Map<String, String> types = new LinkedHashMap<>();
      try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + t)) {
        while (r.next()) {
          types.put(r.getString(1), r.getString(2));
        }
      }
      assertEquals(Map.of("key", "VARCHAR", "name", "VARCHAR", "year", "INTEGER", "sex", "VARCHAR", "age_from", "INTEGER",
          "age_to", "INTEGER", "value", "BIGINT"), types);
      try (ResultSet r = s.executeQuery("SELECT DISTINCT name FROM " + t + " WHERE key = '09'")) {
        r.next();
        assertEquals("Bayern", r.getString(1));
      }
    }
  }

  @Test
  void aCsvProfileWithParquetIsRefused() {
    String in = CliRun.data(ProjectCommandTest.LAENDER).toString();
    assertEquals(2, CliRun.of("project", "--population", in, "--format", "parquet", "--profile", "excel-de").code());
    assertEquals(2, CliRun.of("project", "--population", in, "--format", "xlsx").code());
  }

  private static long scalar(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
