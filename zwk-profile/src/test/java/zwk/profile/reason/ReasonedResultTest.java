// SPDX-License-Identifier: Apache-2.0
package zwk.profile.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.population.CountResult;

/** Counts and indicators give their reasons the same way (one implementation, {@link ReasonedResult}). */
class ReasonedResultTest {

  @Test
  void aMissingValueHasItsReasonInBothLanguagesAndAKnownOneNone() {
    for (ReasonedResult r : List.<ReasonedResult>of(CountResult.notAvailable("Tabelle fehlt"),
        IndicatorResult.notComputable("Tabelle fehlt"))) {
      // a custom reason is shown as given in every language
      assertEquals("Tabelle fehlt", r.reason());
      assertEquals("Tabelle fehlt", r.reason(Locale.ENGLISH));
      assertEquals(ReasonCode.CUSTOM, r.reasonCode());
    }
    for (ReasonedResult r : List.<ReasonedResult>of(CountResult.of(12), IndicatorResult.of(0.5))) {
      assertNull(r.reason());
      assertNull(r.reasonCode());
      assertEquals(java.util.Optional.empty(), r.missingReason());
    }
    assertEquals(ReasonCode.ZERO_DENOMINATOR,
        IndicatorResult.ratio(CountResult.of(1), CountResult.of(0), 100).reasonCode());
  }
}
