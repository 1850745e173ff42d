// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zwk indicators FILE --format parquet} on the real Kreise file, read back by DuckDB: the
 * rows of the CSV, typed columns, and the official quotients of 12411-08-01-4-B.
 */
class IndicatorsParquetCommandTest {
  @TempDir
  Path dir;

  @Test
  void parquetIndicatorsMatchTheOfficialQuotients() throws Exception {
    Path in = CliRun.data("genesis/12411-02-03-5-B_kreise_2018.csv");
    Path out = dir.resolve("ind.parquet");
    CliRun run = CliRun.of("indicators", in.toString(), "--level", "kreis", "--format", "parquet", "--out",
        out.toString());
    assertEquals(0, run.code(), run.toString());
    CliRun csv = CliRun.of("indicators", in.toString(), "--level", "kreis");
    assertEquals(0, csv.code(), csv.err());
    String t = "read_parquet('" + out.toString().replace("'", "''") + "')";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      assertEquals(csv.out().lines().count() - 1, ((Number) one(s, "SELECT count(*) FROM " + t)).longValue());
      assertEquals("BIGINT", one(s, "SELECT typeof(population) FROM " + t + " LIMIT 1"));
      assertEquals("DOUBLE", one(s, "SELECT typeof(old_age_ratio) FROM " + t + " LIMIT 1"));
      assertEquals("DATE", one(s, "SELECT typeof(date) FROM " + t + " LIMIT 1"));
      // official 12411-08-01-4-B, 31.12.2018: Flensburg Jugendquotient 29,1, Altenquotient 32,5; population 89,504
      assertEquals(89_504L, ((Number) one(s, "SELECT population FROM " + t + " WHERE key = '01001'")).longValue());
      assertEquals(32.5, ((Number) one(s, "SELECT round(old_age_ratio, 1) FROM " + t + " WHERE key = '01001'"))
          .doubleValue(), 1e-9);
      assertEquals(29.1, ((Number) one(s, "SELECT round(youth_ratio, 1) FROM " + t + " WHERE key = '01001'"))
          .doubleValue(), 1e-9);
      // the file's top band is 75+: the share of 80 and over is not computable anywhere (null)
      assertEquals(0L, ((Number) one(s, "SELECT count(share_80_plus) FROM " + t)).longValue());
    }
  }

  private static Object one(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getObject(1);
    }
  }
}
