// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** {@link HalfUp} gives exactly what {@code BigDecimal.valueOf(v).setScale(p, HALF_UP)} gives. */
class HalfUpTest {
  private static BigDecimal reference(double v, int p) {
    return BigDecimal.valueOf(v).setScale(p, RoundingMode.HALF_UP);
  }

  @Test
  void tiesAndNearTiesAsTheDecimalOfTheValue() {
    // 1.005 is 1.00499999999999989... in binary, but its decimal is 1.005: half-up gives 1.01
    double[] values = {0.05, 0.15, 0.25, 1.005, 2.675, -0.05, -2.5, 2.5, 0.0, -0.0, -0.04, 99.95, 1e-7, 123456.785,
        29.25, 61.55, 1e9, -1e12, Double.MIN_VALUE, 0.45, 0.55};
    for (double v : values) {
      for (int p = 0; p <= 10; p++) {
        assertEquals(reference(v, p), HalfUp.round(v, p), v + " to " + p + " places");
      }
    }
  }

  @Test
  void anyValueAsTheBigDecimalPath() {
    qt().withExamples(20000).forAll(doubles().between(-1e7, 1e7), integers().between(0, 10))
        .checkAssert((v, p) -> assertEquals(reference(v, p), HalfUp.round(v, p), v + " to " + p));
  }

  @Test
  void ratiosOfCountsAsTheBigDecimalPath() {
    // the indicators: 100 × a / b for counts; ties occur (e.g. 1/8 = 0.125)
    qt().withExamples(20000).forAll(integers().between(0, 2_000_000), integers().between(1, 2_000_000),
        integers().between(0, 3)).checkAssert((a, b, p) -> {
          double v = 100.0 * a / b;
          assertEquals(reference(v, p), HalfUp.round(v, p), a + "/" + b + " to " + p);
        });
  }

  /** The cell without BigDecimal writes the same field as the cell of the BigDecimal, in every profile. */
  @Test
  void cellsAsTheCellOfTheBigDecimal() {
    qt().withExamples(20000).forAll(doubles().between(-1e7, 1e7), integers().between(0, 10))
        .checkAssert((v, p) -> {
          for (zwk.io.csv.CsvExportProfile profile : zwk.io.csv.CsvExportProfile.values()) {
            assertEquals(zwk.io.csv.CsvCell.number(reference(v, p)).format(profile), HalfUp.cell(v, p).format(profile),
                v + " to " + p + " in " + profile);
          }
        });
    assertEquals("-0.5", HalfUp.cell(-0.45, 1).format(zwk.io.csv.CsvExportProfile.SEMICOLON));
    assertEquals("0,0", HalfUp.cell(-0.04, 1).format(zwk.io.csv.CsvExportProfile.EXCEL_DE));
  }

  /** Written into a byte writer: the bytes of the cell of the BigDecimal, fast case or not. */
  @Test
  void writtenAsTheCellOfTheBigDecimal() {
    qt().withExamples(10000).forAll(doubles().between(-1e7, 1e7).mix(doubles().any(), 10), integers().between(0, 10))
        .checkAssert((v, p) -> {
          if (!Double.isFinite(v)) {
            return; // the indicators are finite (IndicatorResult)
          }
          for (zwk.io.csv.CsvExportProfile profile : zwk.io.csv.CsvExportProfile.values()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            zwk.io.csv.CsvByteWriter w = new zwk.io.csv.CsvByteWriter(out, profile);
            w.header(java.util.List.of("v"));
            HalfUp.write(w, v, p);
            w.close();
            String written = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(zwk.io.csv.CsvCell.number(reference(v, p)).format(profile),
                written.substring(written.indexOf('\n') + 1), v + " to " + p + " in " + profile);
          }
        });
  }
}
