// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.check.DemographyCheck;

/** ZWK-CHECK-001: a Demografie-Check considers which age groups (under 20, 20 to 64, 65 and over) it affects. */
final class CheckDemographyAgeGroupsRule extends DemographyCheckRule {
  /** The rule. */
  public CheckDemographyAgeGroupsRule() {
    super("ZWK-CHECK-001", "affectedAgeGroups");
  }

  @Override
  public boolean considered(DemographyCheck c) {
    return !c.affectedAgeGroups().isEmpty();
  }
}
