// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.plan.Measure;

/** ZWK-PLAN-004: each measure names its target groups (Zielgruppen). */
final class MeasureTargetGroupRule extends MeasureRule {
  /** The rule. */
  public MeasureTargetGroupRule() {
    super("ZWK-PLAN-004", "targetGroups");
  }

  @Override
  boolean lacks(Measure m) {
    return m.targetGroups().isEmpty();
  }
}
