// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * An amount of funding per year (<em>Förderung</em>), in euro as {@link BigDecimal}, never
 * {@code double}. In DWK each municipality got €30,000 a year for consulting and €10,000 for
 * material.
 *
 * <p>Invariant: the amount is not negative.
 */
@Value.Immutable
@ZwkStyle
abstract class FundingDef {

  /** Kind of funding. */
  abstract FundingKind kind();

  /** Euro per year (a maximum where {@link #upTo()} is set). */
  abstract BigDecimal annualAmountEur();

  /** Whether the amount is a ceiling ("bis zu") rather than a fixed grant. */
  @Value.Default
  boolean upTo() {
    return false;
  }

  /** Free description of what the funding pays for. */
  abstract Optional<String> description();

  @Value.Check
  void check() {
    if (annualAmountEur().signum() < 0) {
      throw new IllegalArgumentException(
          "annualAmountEur: expected >= 0, got " + annualAmountEur().toPlainString());
    }
  }
}
