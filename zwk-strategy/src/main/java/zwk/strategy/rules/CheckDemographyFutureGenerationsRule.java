// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.check.DemographyCheck;

/** ZWK-CHECK-002: a Demografie-Check considers its effects on future generations (Generationengerechtigkeit). */
final class CheckDemographyFutureGenerationsRule extends DemographyCheckRule {
  /** The rule. */
  public CheckDemographyFutureGenerationsRule() {
    super("ZWK-CHECK-002", "futureGenerationsAssessment");
  }

  @Override
  public boolean considered(DemographyCheck c) {
    return c.futureGenerationsAssessment().map(s -> !s.isBlank()).orElse(false);
  }
}
