// SPDX-License-Identifier: Apache-2.0
package zwk.model.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import zwk.model.plan.MeasureStatus;
import zwk.model.statistics.Sex;
import zwk.model.toolbox.Effort;

/** The labels of a {@link LabelledEnum} come from its constant declarations and cannot be changed. */
class LabelledEnumTest {

  @Test
  void theLabelsAreTheDeclaredOnes() {
    // expected values copied from the constant declarations
    assertEquals("gering", Effort.LOW.germanLabel());
    assertEquals("high", Effort.HIGH.englishLabel());
    assertEquals("weiblich", Sex.FEMALE.label(Locale.GERMAN));
    assertEquals("female", Sex.FEMALE.label(Locale.ENGLISH));
    assertEquals("w", Sex.FEMALE.code());
    assertEquals(Effort.HIGH, Labels.parse(Effort.values(), "Hoch", "effort"));
  }

  @Test
  void labelsAreRegisteredOnceByTheConstructor() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Labels.register(MeasureStatus.PLANNED, "x", "y"));
    assertEquals("labels of MeasureStatus.PLANNED: expected to be registered once, by the constructor", e.getMessage());
    assertEquals("geplant", MeasureStatus.PLANNED.germanLabel(), "the declared label is kept");
  }
}
