// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-PROFILE-001: a Werkstattplan is built on a Kommunalprofil with a SWOT (stage 2 before stage
 * 4). Variants {@code noProfile}, {@code noSwot}.
 */
final class ProfileSwotRule extends BaseRule {
  /** The rule. */
  public ProfileSwotRule() {
    super("ZWK-PROFILE-001", Severity.ERROR, StrategyStage.PROFILE);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (!Plans.planUnderway(ctx)) {
      return;
    }
    if (ctx.profile().isEmpty()) {
      out.at("/profile").variant("noProfile").emit();
    } else if (ctx.profile().get().swot().isEmpty()) {
      out.at("/profile/swot").variant("noSwot").emit();
    }
  }
}
