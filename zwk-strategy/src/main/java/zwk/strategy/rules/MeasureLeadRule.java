// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.plan.Measure;

/** ZWK-PLAN-001: each measure has a lead department (Federführung). */
final class MeasureLeadRule extends MeasureRule {
  /** The rule. */
  public MeasureLeadRule() {
    super("ZWK-PLAN-001", "leadDepartmentId");
  }

  @Override
  boolean lacks(Measure m) {
    return m.leadDepartmentId().map(String::isBlank).orElse(true);
  }
}
