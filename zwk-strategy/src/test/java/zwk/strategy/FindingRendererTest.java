// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.TargetGroup;
import zwk.model.programme.FundingKind;
import zwk.model.stage.StrategyStage;

/**
 * Parameter data ({@link FindingRenderer#normalise}) has the types zwk-io reads back from JSON
 * (Integer, Long, BigDecimal, String, Boolean, lists); the message text
 * ({@link FindingRenderer#display}) shows labels, local dates and local decimal separators.
 */
class FindingRendererTest {

  @Test
  void integralNumbersOfAnyTypeBecomeIntegerOrLong() {
    assertEquals(5, FindingRenderer.normalise((short) 5));
    assertEquals(5, FindingRenderer.normalise((byte) 5));
    assertEquals(5, FindingRenderer.normalise(5L));
    assertEquals(5, FindingRenderer.normalise(BigInteger.valueOf(5)));
    assertEquals(5, FindingRenderer.normalise(new AtomicLong(5)));
    assertEquals(10000, FindingRenderer.normalise(new BigDecimal("10000")));
    // 1E+3 has scale -3 but is the integer 1000.
    assertEquals(1000, FindingRenderer.normalise(new BigDecimal("1E+3")));
    // 2^31 = 2147483648 no longer fits an int.
    assertEquals(2147483648L, FindingRenderer.normalise(2147483648L));
    assertEquals(2147483648L, FindingRenderer.normalise(new BigInteger("2147483648")));
    // 2^63 = 9223372036854775808 fits no long: a BigDecimal with scale 0.
    assertEquals(new BigDecimal("9223372036854775808"), FindingRenderer.normalise(new BigInteger("9223372036854775808")));
  }

  @Test
  void otherNumbersBecomeBigDecimalWithTheirScale() {
    assertEquals(new BigDecimal("12016.42"), FindingRenderer.normalise(new BigDecimal("12016.42")));
    assertEquals(new BigDecimal("10.00"), FindingRenderer.normalise(new BigDecimal("10.00")));
    assertEquals(new BigDecimal("0.5"), FindingRenderer.normalise(0.5d));
    assertEquals(new BigDecimal("3.0"), FindingRenderer.normalise(3.0d));
    assertEquals("NaN", FindingRenderer.normalise(Double.NaN));
    // Huge exponents are kept, not expanded to a million digits.
    assertEquals(new BigDecimal("1E+1000000"), FindingRenderer.normalise(new BigDecimal("1E+1000000")));
  }

  @Test
  void enumsDatesAndListsAreData() {
    assertEquals("FUTURE_WORKSHOP", FindingRenderer.normalise(StrategyStage.FUTURE_WORKSHOP));
    assertEquals("2022-03-01", FindingRenderer.normalise(LocalDate.of(2022, 3, 1)));
    assertEquals(List.of("YOUTH", "SENIORS", 3), FindingRenderer.normalise(List.of(TargetGroup.YOUTH, TargetGroup.SENIORS, 3L)));
    assertEquals(true, FindingRenderer.normalise(true));
    assertEquals("", FindingRenderer.normalise(null));
  }

  @Test
  void displayShowsLabelsDatesAndAmountsPerLocale() {
    assertEquals("Zukunftswerkstatt", FindingRenderer.display(StrategyStage.FUTURE_WORKSHOP, Locale.GERMAN));
    assertEquals("future workshop", FindingRenderer.display(StrategyStage.FUTURE_WORKSHOP, Locale.UK));
    // Any language but English is German (no fallback to the JVM default).
    assertEquals("Sachmittel", FindingRenderer.display(FundingKind.MATERIAL, Locale.FRENCH));
    assertEquals("Jugendliche, Seniorinnen und Senioren",
        FindingRenderer.display(List.of(TargetGroup.YOUTH, TargetGroup.SENIORS), null));
    assertEquals("01.03.2022", FindingRenderer.display(LocalDate.of(2022, 3, 1), Locale.GERMAN));
    assertEquals("2022-03-01", FindingRenderer.display(LocalDate.of(2022, 3, 1), Locale.ENGLISH));
    assertEquals("12.016,42", FindingRenderer.display(new BigDecimal("12016.42"), Locale.GERMAN));
    assertEquals("12,016.42", FindingRenderer.display(new BigDecimal("12016.42"), Locale.ENGLISH));
    assertEquals("40.000,00", FindingRenderer.display(new BigDecimal("40000.00"), Locale.GERMAN));
    assertEquals("10.000", FindingRenderer.display(new BigDecimal("10000"), Locale.GERMAN));
    // Integers (years, counts) stay plain.
    assertEquals("2024", FindingRenderer.display(2024, Locale.GERMAN));
    assertEquals("${1+1}", FindingRenderer.display("${1+1}", Locale.GERMAN));
  }
}
