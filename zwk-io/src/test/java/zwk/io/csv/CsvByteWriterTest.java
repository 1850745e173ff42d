// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link CsvByteWriter} writes the bytes of {@link CsvTableWriter} (FastCSV, the reference) for the
 * same cells under every profile, whichever of its methods writes a cell.
 */
class CsvByteWriterTest {
  /** Characters that matter to CSV, the formula guard, the comment rule and UTF-8. */
  private static final String[] ALPHABET = {"a", "Z", "0", "7", " ", ";", ",", "\"", "\n", "\r", "#", "=", "+", "-",
      "@", "\t", "'", ".", "ä", "ß", "€", "\uD83D\uDE00", "\uD800", "x"};

  /** A generated cell and how the byte writer is to write it. */
  private static final class Spec {
    final CsvCell cell;
    final int kind; // 0 text, 1 raw, 2 integer, 3 decimal, 4 empty, 5 BigDecimal number
    final long unscaled;
    final int scale;
    final boolean preEncode;

    Spec(CsvCell cell, int kind, long unscaled, int scale, boolean preEncode) {
      this.cell = cell;
      this.kind = kind;
      this.unscaled = unscaled;
      this.scale = scale;
      this.preEncode = preEncode;
    }

    @Override
    public String toString() {
      return kind + ":" + (kind < 2 ? cell.format(CsvExportProfile.STANDARD) : unscaled + "e-" + scale);
    }
  }

  private static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 30).map(l -> {
      StringBuilder b = new StringBuilder();
      for (int i : l) {
        b.append(ALPHABET[i]);
      }
      return b.toString();
    });
  }

  private static Gen<Spec> specs() {
    Gen<Long> values = longs().between(-3_000_000_000L, 3_000_000_000L).mix(longs().all(), 10);
    return integers().between(0, 5).zip(texts(), values, integers().between(0, 18), integers().between(0, 1),
        (kind, text, v, scale, pre) -> {
          switch (kind) {
            case 0:
              return new Spec(CsvCell.text(text), 0, 0, 0, pre == 1);
            case 1:
              return new Spec(FormulaGuard.needsGuard(text) ? CsvCell.raw("r" + text) : CsvCell.raw(text), 1, 0, 0, pre == 1);
            case 2:
              return new Spec(CsvCell.number(v, 0), 2, v, 0, false);
            case 3:
              return new Spec(CsvCell.number(v, scale), 3, v, scale, false);
            case 4:
              return new Spec(CsvCell.empty(), 4, 0, 0, false);
            default:
              return new Spec(CsvCell.number(BigDecimal.valueOf(v, scale - 9)), 5, v, scale, false);
          }
        });
  }

  private static byte[] reference(CsvExportProfile p, List<String> header, List<List<Spec>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTableWriter w = new CsvTableWriter(out, p);
    w.header(header);
    for (List<Spec> row : rows) {
      List<CsvCell> cells = new ArrayList<>();
      for (Spec s : row) {
        cells.add(s.cell);
      }
      w.row(cells);
    }
    w.close();
    return out.toByteArray();
  }

  private static byte[] bytes(CsvExportProfile p, List<String> header, List<List<Spec>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvByteWriter w = new CsvByteWriter(out, p);
    w.header(header);
    for (List<Spec> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        Spec s = row.get(c);
        switch (s.kind) {
          case 2:
            w.integer(s.unscaled);
            break;
          case 3:
            w.decimal(s.unscaled, s.scale);
            break;
          case 4:
            w.empty();
            break;
          default:
            if (s.preEncode) {
              w.encoded(w.encode(s.cell, c));
            } else {
              w.cell(s.cell);
            }
        }
      }
      w.endRow();
    }
    w.close();
    return out.toByteArray();
  }

  @Test
  void sameBytesAsFastCsvForGeneratedTables() {
    qt().withExamples(3000).forAll(lists().of(texts()).ofSizeBetween(1, 6),
        lists().of(lists().of(specs()).ofSizeBetween(1, 8)).ofSizeBetween(0, 6)).checkAssert((header, rows) -> {
          for (CsvExportProfile p : CsvExportProfile.values()) {
            assertEquals(new String(reference(p, header, rows), StandardCharsets.UTF_8),
                new String(bytes(p, header, rows), StandardCharsets.UTF_8), p + " " + header + " " + rows);
            assertArrayEquals(reference(p, header, rows), bytes(p, header, rows), p + " " + rows);
          }
        });
  }

  @Test
  void encodedRunsAreTheFieldsJoined() {
    qt().withExamples(1000).forAll(lists().of(specs()).ofSizeBetween(1, 6), integers().between(0, 3))
        .checkAssert((row, first) -> {
          for (CsvExportProfile p : CsvExportProfile.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvByteWriter w = new CsvByteWriter(out, p);
            List<CsvCell> cells = new ArrayList<>();
            for (Spec s : row) {
              cells.add(s.cell);
            }
            StringBuilder expected = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
              expected.append(c > 0 ? String.valueOf(p.separator()) : "")
                  .append(new String(w.encode(cells.get(c), first + c), StandardCharsets.UTF_8));
            }
            assertEquals(expected.toString(), new String(w.encode(cells, first), StandardCharsets.UTF_8));
          }
        });
  }

  @Test
  void handWrittenLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvByteWriter w = new CsvByteWriter(out, CsvExportProfile.EXCEL_DE);
    w.header(List.of("key", "a;b", "=c"));
    w.encoded(w.encode(List.of(CsvCell.raw("#1"), CsvCell.text("Ort \"A\"")), 0), 2).decimal(-5, 1).endRow();
    w.integer(83_019_213).empty().cell(CsvCell.text("-x")).endRow();
    w.close();
    assertEquals("\uFEFFkey;\"a;b\";'=c\r\n\"#1\";\"Ort \"\"A\"\"\";-0,5\r\n83019213;;'-x\r\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void integersAsLongToString() {
    long[] edges = {0, 9, 10, 99, 100, 101, 999_999_999, 1_000_000_000, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
        -Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
    qt().withExamples(20000).forAll(longs().all().mix(longs().between(-1000, 1000), 30).mix(
        integers().between(0, edges.length - 1).map(i -> edges[i]), 20)).checkAssert(v -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          CsvByteWriter w = new CsvByteWriter(out, CsvExportProfile.STANDARD);
          w.header(List.of("v"));
          w.integer(v).endRow();
          w.close();
          assertEquals("v\n" + v + "\n", out.toString(StandardCharsets.UTF_8));
        });
  }

  @Test
  void longFieldsPassTheBuffer() {
    String big = "x".repeat(200_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvByteWriter w = new CsvByteWriter(out, CsvExportProfile.STANDARD);
    w.header(List.of("a", "b"));
    for (int i = 0; i < 3; i++) {
      w.cell(CsvCell.text(big)).integer(i).endRow();
    }
    w.close();
    assertEquals("a,b\n" + (big + ",0\n") + (big + ",1\n") + (big + ",2\n"), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void preEncodedCellsNeedTheHeaderFirst() {
    CsvByteWriter w = new CsvByteWriter(new ByteArrayOutputStream(), CsvExportProfile.STANDARD);
    assertThrows(IllegalStateException.class, () -> w.encoded(w.encode(CsvCell.raw("a"), 0)));
    assertThrows(IllegalArgumentException.class, () -> w.decimal(1, 19));
  }
}
