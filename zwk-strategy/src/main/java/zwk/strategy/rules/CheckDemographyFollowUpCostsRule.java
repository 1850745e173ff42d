// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.check.DemographyCheck;

/** ZWK-CHECK-003: a Demografie-Check considers its follow-up costs (Folgekosten), in words or as euro per year. */
final class CheckDemographyFollowUpCostsRule extends DemographyCheckRule {
  /** The rule. */
  public CheckDemographyFollowUpCostsRule() {
    super("ZWK-CHECK-003", "followUpCostsAssessment");
  }

  @Override
  public boolean considered(DemographyCheck c) {
    return c.followUpCostsAssessment().map(s -> !s.isBlank()).orElse(false) || c.followUpCostsEurPerYear().isPresent();
  }
}
