// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.check.DemographyCheck;

/** ZWK-CHECK-004: a Demografie-Check considers its accessibility (Barrierefreiheit). */
final class CheckDemographyAccessibilityRule extends DemographyCheckRule {
  /** The rule. */
  public CheckDemographyAccessibilityRule() {
    super("ZWK-CHECK-004", "accessibilityAssessment");
  }

  @Override
  public boolean considered(DemographyCheck c) {
    return c.accessibilityAssessment().map(s -> !s.isBlank()).orElse(false);
  }
}
