// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.plan.Measure;

/** ZWK-PLAN-002: each measure has a period with start and end date (Laufzeit). */
final class MeasurePeriodRule extends MeasureRule {
  /** The rule. */
  public MeasurePeriodRule() {
    super("ZWK-PLAN-002", "period");
  }

  @Override
  boolean lacks(Measure m) {
    return m.period().start().isEmpty() || m.period().end().isEmpty();
  }
}
