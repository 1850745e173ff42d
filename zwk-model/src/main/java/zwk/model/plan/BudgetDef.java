// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.programme.FundingKind;

/**
 * The budget of a measure (<em>Budget, Kosten</em>) in euro as {@link BigDecimal}: an amount, or the
 * explicit statement that the measure costs nothing (<em>kostenneutral</em>).
 *
 * <p>Invariants: the amount is not negative; "no cost" and a positive amount exclude each other.
 */
@Value.Immutable
@ZwkStyle
abstract class BudgetDef {

  /** Total amount in euro. */
  abstract Optional<BigDecimal> amountEur();

  /** Explicitly no cost. */
  @Value.Default
  boolean noCost() {
    return false;
  }

  /** What pays for it. */
  abstract Optional<FundingKind> fundingKind();

  /** Funding source in words (programme, Land programme, sponsor …). */
  abstract Optional<String> fundingSource();

  /** An amount in euro. */
  public static Budget ofEur(String amount) {
    return Budget.builder().amountEur(new BigDecimal(amount)).build();
  }

  /** Explicitly no cost. */
  public static Budget none() {
    return Budget.builder().noCost(true).build();
  }

  /** Whether the budget says something: an amount or "no cost". */
  public boolean isSpecified() {
    return noCost() || amountEur().isPresent();
  }

  @Value.Check
  void check() {
    if (amountEur().isPresent() && amountEur().get().signum() < 0) {
      throw new IllegalArgumentException("amountEur: expected >= 0, got " + amountEur().get().toPlainString());
    }
    if (noCost() && amountEur().isPresent() && amountEur().get().signum() > 0) {
      throw new IllegalArgumentException("noCost: expected no positive amount with noCost, got amountEur="
          + amountEur().get().toPlainString());
    }
  }
}
