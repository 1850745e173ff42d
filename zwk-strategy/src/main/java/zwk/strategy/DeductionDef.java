// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/** One finding's cost in a maturity score: rule, severity, path, points and the message. */
@Value.Immutable
@ZwkStyle
abstract class DeductionDef {

  /** Rule id. */
  abstract String ruleId();

  /** Severity. */
  abstract Severity severity();

  /** JSON pointer. */
  abstract String path();

  /** Points deducted. */
  abstract int points();

  /** The finding's message. */
  abstract String message();

  /** Rule, path, points (no message: it may quote user text). */
  @Override
  public String toString() {
    return "Deduction{" + ruleId() + " " + path() + " -" + points() + "}";
  }
}
