// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.plan.Budget;
import zwk.model.plan.Measure;

/** ZWK-PLAN-003: each measure has a budget, or says explicitly that it costs nothing. */
final class MeasureBudgetRule extends MeasureRule {
  /** The rule. */
  public MeasureBudgetRule() {
    super("ZWK-PLAN-003", "budget");
  }

  @Override
  boolean lacks(Measure m) {
    return !m.budget().map(Budget::isSpecified).orElse(false);
  }
}
