// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.strategy.rule.RuleContext;

/** Shared conditions of the catalogue. */
final class Plans {
  private Plans() {}

  /** Whether work on the Werkstattplan has begun: a plan exists or stage 4 is not "not started". */
  static boolean planUnderway(RuleContext ctx) {
    return ctx.plan().isPresent() || ctx.strategy().statusOf(StrategyStage.WORKSHOP_PLAN) != StageStatus.NOT_STARTED;
  }
}
