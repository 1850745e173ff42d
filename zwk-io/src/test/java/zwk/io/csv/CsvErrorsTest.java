// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import zwk.io.table.CsvImportOptions;
import zwk.io.table.MunicipalityTable;

/** Malformed CSV gives a typed, located error, never an OOM. */
class CsvErrorsTest {
  private static CsvFormatException fail(byte[] bytes) {
    return assertThrows(CsvFormatException.class, () -> MunicipalityTable.read(new ByteArrayInputStream(bytes), "bad.csv",
        CsvImportOptions.defaults()));
  }

  @Test
  void unclosedQuote() {
    CsvFormatException e = fail("ags;name\n01001000;Flensburg\n01002000;\"Kiel\n01003000;Lübeck\n"
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(CsvFormatException.Kind.UNCLOSED_QUOTE, e.kind());
    assertEquals(3, e.line());
    assertEquals(2, e.column());
    assertTrue(e.getMessage().startsWith("bad.csv:3:2: UNCLOSED_QUOTE"), e.getMessage());
  }

  /**
   * A quote opened on line 3 runs on to the quote of line 4; the engine fails after that closing
   * quote ('L' follows it). The error is where the runaway quote opened: line 3, field 2
   * (character 10 of `01002000;"Kiel`), not at the end of the input (issue 11).
   */
  @Test
  void runawayQuoteIsLocatedWhereItOpened() {
    CsvFormatException e = fail("ags;name\n01001000;Flensburg\n01002000;\"Kiel\n01003000;\"Lübeck\"\n01004000;Neu\n"
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(CsvFormatException.Kind.UNCLOSED_QUOTE, e.kind());
    assertEquals(3, e.line(), e.getMessage());
    assertEquals(2, e.column(), e.getMessage());
    assertTrue(e.getMessage().contains("character 10"), e.getMessage());
    // junk after a closing quote on one line: that line and field
    CsvFormatException f = fail("ags;name\n01001000;\"Flens\"burg\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(2, f.line(), f.getMessage());
    assertEquals(2, f.column(), f.getMessage());
  }

  @Test
  void raggedRow() {
    CsvFormatException e = fail("ags;name\n01001000;Flensburg\n01002000;Kiel;extra\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(CsvFormatException.Kind.RAGGED_ROW, e.kind());
    assertEquals(3, e.line());
    assertEquals(3, e.column());
    CsvFormatException f = fail("ags;name\n01001000\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(CsvFormatException.Kind.RAGGED_ROW, f.kind());
    assertEquals(2, f.line());
    assertEquals(2, f.column());
  }

  @Test
  void invalidUtf8AfterBom() {
    byte[] head = "\uFEFFags;name\n01001000;Flensburg\n01002000;Ki".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // a lead byte followed by an ASCII byte: invalid UTF-8
    bytes[head.length + 1] = 'l';
    bytes[head.length + 2] = '\n';
    CsvFormatException e = fail(bytes);
    assertEquals(CsvFormatException.Kind.INVALID_ENCODING, e.kind());
    assertEquals(3, e.line());
    assertEquals(12, e.column());
  }

  @Test
  void hundredMegabyteFieldStopsWithBoundedMemory() {
    long size = 100L * 1024 * 1024;
    InputStream huge = new InputStream() {
      private long pos;
      private final byte[] prefix = "ags;name\n01001000;".getBytes(StandardCharsets.US_ASCII);

      @Override
      public int read() {
        if (pos < prefix.length) {
          return prefix[(int) pos++];
        }
        return pos++ < prefix.length + size ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
    CsvFormatException e = assertThrows(CsvFormatException.class, () -> MunicipalityTable.read(huge, "huge.csv",
        CsvImportOptions.defaults().withReadOptions(CsvReadOptions.defaults().withMaxFieldChars(1024 * 1024))));
    assertEquals(CsvFormatException.Kind.FIELD_TOO_LARGE, e.kind());
    assertEquals(2, e.line());
    assertEquals(2, e.column());
  }

  @Test
  void formulaGuardIsReversible() {
    for (String s : new String[] {"=1+1", "+49 30", "-", "@SUM", "\tx", "\rx", "\nx", "'", "''=", "plain", ""}) {
      assertEquals(s, FormulaGuard.unguard(FormulaGuard.guard(s)));
    }
    assertEquals("'=1+1", FormulaGuard.guard("=1+1"));
    assertEquals("''abc", FormulaGuard.guard("'abc"));
    assertEquals("abc", FormulaGuard.guard("abc"));
  }

  @Test
  void separatorDetection() {
    assertEquals(';', CsvRows.detectSeparator("a;b,c;d\n1,2,3,4,5"));
    assertEquals(',', CsvRows.detectSeparator("a,b,\"c;d;e\"\n"));
  }
}
