// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** Whatever rows go in come back from DuckDB, an independent reader, value for value and in order. */
class ParquetRoundTripPropertyTest {
  private static final List<ParquetColumn> COLUMNS = List.of(
      ParquetColumn.required("text", ColumnType.STRING),
      ParquetColumn.optional("day", ColumnType.DATE),
      ParquetColumn.optional("small", ColumnType.INT32),
      ParquetColumn.required("big", ColumnType.INT64),
      ParquetColumn.optional("x", ColumnType.DOUBLE));

  @TempDir
  Path dir;

  record Row(String text, LocalDate day, Integer small, long big, Double x) {}

  /** Lone surrogates are not text UTF-8 can carry (refused by the writer, tested elsewhere). */
  private static String validText(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append(Character.isSurrogate((char) c) ? 'x' : (char) c));
    return b.toString();
  }

  @Test
  void rowsComeBackUnchanged() {
    Gen<Row> rows = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 12)
        .zip(integers().between(-1, 60_000), integers().all(), longs().all(),
            (t, day, small, big) -> new Object[] {t, day, small, big})
        .zip(doubles().between(-1e12, 1e12), integers().between(0, 3), (o, x, nulls) -> new Row(
            validText((String) o[0]),
            (int) o[1] < 0 ? null : LocalDate.ofEpochDay((int) o[1]),
            nulls == 1 ? null : (Integer) o[2],
            (Long) o[3],
            nulls == 2 ? null : x));
    qt().withExamples(40).withShrinkCycles(3).forAll(lists().of(rows).ofSizeBetween(0, 300)).checkAssert(in -> {
      try {
        Path file = Files.createTempFile(dir, "rt", ".parquet");
        try (OutputStream out = Files.newOutputStream(file); ParquetTableWriter w = ParquetTableWriter.open(out, COLUMNS)) {
          for (Row r : in) {
            w.string(r.text());
            if (r.day() == null) {
              w.empty();
            } else {
              w.date(r.day());
            }
            if (r.small() == null) {
              w.empty();
            } else {
              w.int32(r.small());
            }
            w.int64(r.big());
            if (r.x() == null) {
              w.empty();
            } else {
              w.float64(r.x());
            }
            w.endRow();
          }
        }
        List<Row> back = new ArrayList<>();
        for (List<Object> r : DuckDb.query(file, "SELECT text, day, small, big, x FROM t")) {
          back.add(new Row((String) r.get(0),
              r.get(1) == null ? null : (LocalDate) r.get(1),
              (Integer) r.get(2), ((Number) r.get(3)).longValue(), (Double) r.get(4)));
        }
        assertEquals(in, back);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }
}
