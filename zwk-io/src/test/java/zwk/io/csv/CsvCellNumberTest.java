// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link CsvCell#number(long, int)} writes what the cell of {@code BigDecimal.valueOf(unscaled, scale)} writes. */
class CsvCellNumberTest {
  @Test
  void handPickedValues() {
    assertEquals("-0.5", CsvCell.number(-5, 1).format(CsvExportProfile.SEMICOLON));
    assertEquals("0.0", CsvCell.number(0, 1).format(CsvExportProfile.SEMICOLON));
    assertEquals("83019213", CsvCell.number(83_019_213, 0).format(CsvExportProfile.SEMICOLON));
    assertEquals("12,05", CsvCell.number(1205, 2).format(CsvExportProfile.EXCEL_DE));
    assertEquals("0.000000000000000001", CsvCell.number(1, 18).format(CsvExportProfile.STANDARD));
    assertEquals("-9223372036854775808", CsvCell.number(Long.MIN_VALUE, 0).format(CsvExportProfile.STANDARD));
    assertThrows(IllegalArgumentException.class, () -> CsvCell.number(1, 19));
    assertThrows(IllegalArgumentException.class, () -> CsvCell.number(1, -1));
  }

  @Test
  void anyValueAsTheBigDecimal() {
    qt().withExamples(20000).forAll(longs().all(), integers().between(0, 18)).checkAssert((u, s) -> {
      CsvCell reference = CsvCell.number(BigDecimal.valueOf(u, s));
      CsvCell cell = CsvCell.number(u, s);
      for (CsvExportProfile p : CsvExportProfile.values()) {
        assertEquals(reference.format(p), cell.format(p), u + " scale " + s);
      }
      assertEquals(reference, cell);
      assertEquals(reference.hashCode(), cell.hashCode());
    });
  }

  @Test
  void smallValuesAsTheBigDecimal() {
    qt().withExamples(20000).forAll(longs().between(-100_000, 100_000), integers().between(0, 6)).checkAssert((u, s) ->
        assertEquals(BigDecimal.valueOf(u, s).toPlainString(), CsvCell.number(u, s).format(CsvExportProfile.STANDARD)));
  }
}
