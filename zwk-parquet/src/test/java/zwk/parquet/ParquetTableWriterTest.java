// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableWriterTest {
  private static final List<ParquetColumn> COLUMNS = List.of(
      ParquetColumn.required("key", ColumnType.STRING),
      ParquetColumn.required("date", ColumnType.DATE),
      ParquetColumn.optional("age", ColumnType.INT32),
      ParquetColumn.optional("count", ColumnType.INT64),
      ParquetColumn.optional("ratio", ColumnType.DOUBLE));

  @TempDir
  Path dir;

  @Test
  void everyTypeAndNullReadsBackInDuckDb() throws Exception {
    Path file = dir.resolve("t.parquet");
    try (OutputStream out = Files.newOutputStream(file);
        ParquetTableWriter w = ParquetTableWriter.open(out, COLUMNS, Map.of("source", "hand-made"))) {
      w.string("01001").date(LocalDate.of(2018, 12, 31)).int32(65).int64(3_000_000_000L).float64(32.47).endRow();
      w.string("Müßig, Stadt").date(LocalDate.of(1970, 1, 1)).empty().empty().empty().endRow();
      w.string("01001").date(LocalDate.of(2019, 12, 31)).int32(0).int64(-5).float64(-0.5).endRow();
      assertEquals(3, w.rows());
    }
    assertEquals(Map.of("key", "VARCHAR", "date", "DATE", "age", "INTEGER", "count", "BIGINT", "ratio", "DOUBLE"),
        DuckDb.columnTypes(file));
    assertEquals(List.of("key", "date", "age", "count", "ratio"), List.copyOf(DuckDb.columnTypes(file).keySet()));
    assertEquals(3L, ((Number) DuckDb.scalar(file, "SELECT count(*) FROM t")).longValue());
    // 3,000,000,000 + (-5): the first value does not fit an int, so a wrong INT32 path would show
    assertEquals(2_999_999_995L, ((Number) DuckDb.scalar(file, "SELECT sum(count) FROM t")).longValue());
    assertEquals(31.97, ((Number) DuckDb.scalar(file, "SELECT sum(ratio) FROM t")).doubleValue(), 1e-12);
    assertEquals(1L, ((Number) DuckDb.scalar(file, "SELECT count(*) FROM t WHERE age IS NULL AND count IS NULL "
        + "AND ratio IS NULL AND key = 'Müßig, Stadt' AND date = DATE '1970-01-01'")).longValue());
    assertEquals("hand-made", DuckDb.scalar(file,
        "SELECT decode(value) FROM parquet_kv_metadata('" + file + "') WHERE decode(key) = 'source'"));
  }

  @Test
  void writerLeavesTheStreamOpenAndWritesAValidFileIntoIt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ParquetTableWriter w = ParquetTableWriter.open(bytes, COLUMNS.subList(0, 1))) {
      w.string("a").endRow();
    }
    byte[] b = bytes.toByteArray();
    // a Parquet file begins and ends with the magic "PAR1"
    assertArrayEquals("PAR1".getBytes(), Arrays.copyOfRange(b, 0, 4));
    assertArrayEquals("PAR1".getBytes(), Arrays.copyOfRange(b, b.length - 4, b.length));
    bytes.write('x'); // still open: the caller owns it
  }

  @Test
  void misuseIsNamed() throws Exception {
    try (ParquetTableWriter w = ParquetTableWriter.open(new ByteArrayOutputStream(), COLUMNS)) {
      IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class, () -> w.int64(1));
      assertEquals("key: expected a STRING cell, got INT64", wrongType.getMessage());
      IllegalArgumentException required = assertThrows(IllegalArgumentException.class, w::empty);
      assertEquals("key: a required column cannot be empty", required.getMessage());
      w.string("k").date(LocalDate.of(2020, 1, 1)).int32(1).int64(2);
      IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> w.float64(Double.NaN));
      assertTrue(nan.getMessage().startsWith("ratio: expected a finite number, got NaN"), nan.getMessage());
      w.float64(1.0);
      IllegalStateException tooMany = assertThrows(IllegalStateException.class, () -> w.string("x"));
      assertTrue(tooMany.getMessage().contains("more cells than the 5 columns"), tooMany.getMessage());
      w.endRow();
      w.string("k");
      IllegalStateException missing = assertThrows(IllegalStateException.class, w::endRow);
      assertEquals("row 2: 1 of 5 cells given; missing from column 'date'", missing.getMessage());
      w.date(LocalDate.of(2020, 1, 1)).empty().empty().empty().endRow();
    }
    try (ParquetTableWriter w = ParquetTableWriter.open(new ByteArrayOutputStream(), COLUMNS.subList(0, 1))) {
      IllegalArgumentException lone = assertThrows(IllegalArgumentException.class, () -> w.string("ab\uD800c"));
      assertEquals("key: expected text that UTF-8 can encode, got a lone surrogate U+D800 at character 3",
          lone.getMessage());
      w.string("a\uD83D\uDE00").endRow(); // a proper pair (an emoji) is fine
    }
    assertThrows(IllegalArgumentException.class, () -> ParquetTableWriter.open(new ByteArrayOutputStream(),
        List.of(ParquetColumn.required("a", ColumnType.STRING), ParquetColumn.required("a", ColumnType.INT32))));
    assertThrows(IllegalArgumentException.class, () -> ParquetColumn.required("1bad", ColumnType.STRING));
    assertThrows(IllegalArgumentException.class, () -> ParquetTableWriter.open(new ByteArrayOutputStream(), List.of()));
  }
}
