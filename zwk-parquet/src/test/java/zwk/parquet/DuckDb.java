// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DuckDB (an independent Parquet reader, test scope only) reading a file back. */
final class DuckDb {
  private DuckDb() {}

  /** The rows of {@code sql}, where {@code t} stands for the Parquet file. */
  static List<List<Object>> query(Path file, String sql) throws SQLException {
    String from = "read_parquet('" + file.toAbsolutePath().toString().replace("'", "''") + "')";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql.replace("FROM t", "FROM " + from))) {
      ResultSetMetaData m = r.getMetaData();
      List<List<Object>> rows = new ArrayList<>();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= m.getColumnCount(); i++) {
          row.add(r.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** Column name → DuckDB type name, in file order. */
  static Map<String, String> columnTypes(Path file) throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    for (List<Object> row : query(file, "DESCRIBE SELECT * FROM t")) {
      types.put((String) row.get(0), (String) row.get(1));
    }
    return types;
  }

  /** The single value of a one-row, one-column query. */
  static Object scalar(Path file, String sql) throws SQLException {
    return query(file, sql).get(0).get(0);
  }
}
