// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.samples.Samples;
import zwk.model.plan.Measure;
import zwk.model.strategy.MunicipalStrategy;

/** Numbers are bounded in precision and exponent (issue 11): {@code 1e999999999} is refused, located. */
class NumberBoundsTest {
  private static final String SAMPLE = new String(Samples.bytes(Samples.BARLEBEN_STRATEGY), StandardCharsets.UTF_8);

  /** The sample with its first amount replaced by {@code literal}; returns the JSON and the amount's line. */
  private static String withAmount(String literal) {
    String json = SAMPLE.replaceFirst("\"amountEur\": 90000\\.00", "\"amountEur\": " + literal);
    assertTrue(json.contains(literal), "sample holds the amount 90000.00");
    return json;
  }

  private static int lineOf(String json, String needle) {
    int at = json.indexOf(needle);
    return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void hugeExponentIsRefusedAtTheNumberThroughEverySource() {
    String json = withAmount("1e999999999");
    int line = lineOf(json, "1e999999999");
    // column of the number: after `          "amountEur": ` (10 spaces + 13 characters) = 24
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<org.junit.jupiter.api.function.Executable> reads = List.of(
        () -> ZwkJson.read(json, MunicipalStrategy.class),
        () -> ZwkJson.read(bytes, MunicipalStrategy.class),
        () -> ZwkJson.read(new ByteArrayInputStream(bytes), MunicipalStrategy.class),
        () -> ZwkJson.read(new java.io.StringReader(json), MunicipalStrategy.class));
    for (var read : reads) {
      JsonLimitException e = assertThrows(JsonLimitException.class, read);
      assertEquals(JsonLimitException.Limit.NUMBER_EXPONENT, e.limit());
      assertEquals(line, e.line(), e.getMessage());
      assertEquals(24, e.column(), e.getMessage());
      assertTrue(e.pointer().endsWith("/budget/amountEur"), e.pointer());
    }
  }

  @Test
  void exponentOfIntMaxAndNegativeExponentsToo() {
    for (String literal : new String[] {"1e2147483647", "1E+1001", "1e-1001", "0.0e-1000", "1e99999999999999999999999"}) {
      JsonLimitException e = assertThrows(JsonLimitException.class,
          () -> ZwkJson.read(withAmount(literal), MunicipalStrategy.class), literal);
      assertEquals(JsonLimitException.Limit.NUMBER_EXPONENT, e.limit(), literal);
    }
  }

  @Test
  void precisionBeyond34DigitsIsRefused() {
    String digits35 = "1234567890123456789012345678901234.5"; // 35 significant digits
    JsonLimitException e = assertThrows(JsonLimitException.class,
        () -> ZwkJson.read(withAmount(digits35), MunicipalStrategy.class));
    assertEquals(JsonLimitException.Limit.NUMBER_PRECISION, e.limit());
    // leading zeros are not significant: 0.000…(34 digits) is fine
    ZwkJson.read(withAmount("0.0000" + "1".repeat(34)), MunicipalStrategy.class);
  }

  @Test
  void boundsAtTheLimitAreReadAndCanBeRaised() {
    BigDecimal edge = ZwkJson.read(withAmount("1e1000"), MunicipalStrategy.class).plan().get().measures().get(0)
        .budget().get().amountEur().get();
    assertEquals(new BigDecimal("1E+1000"), edge);
    DocumentReader wide = ZwkJson.reader(ReadOptions.strict().withLimits(
        JsonLimits.defaults().withMaxNumberExponent(5000).withMaxNumberPrecision(40)));
    Measure m = wide.read(withAmount("1e4500"), MunicipalStrategy.class).plan().get().measures().get(0);
    assertEquals(new BigDecimal("1E+4500"), m.budget().get().amountEur().get());
    // the CSV export of such a number (4,501 digits written plainly) is bounded too: refused
    assertThrows(IllegalArgumentException.class, () -> CsvCell.number(m.budget().get().amountEur().get()));
  }

  @Test
  void csvCellNeverExpandsANumberIntoMegabytes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvCell.number(new BigDecimal("1E+2147483647")));
    assertTrue(e.getMessage().contains("1E+2147483647"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CsvCell.number(new BigDecimal("1E-999999999")));
    // 4,096 digits is the bound: 1E+4095 has 4,096 digits written plainly
    assertEquals(4096, CsvCell.number(new BigDecimal("1E+4095")).format(CsvExportProfile.STANDARD).length());
    assertThrows(IllegalArgumentException.class, () -> CsvCell.number(new BigDecimal("1E+4096")));
  }
}
