// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-PROFILE-003: the profile holds the inventory of existing measures (Bestandsaufnahme), so the
 * strategy connects what departments already do.
 */
final class InventoryRule extends BaseRule {
  /** The rule. */
  public InventoryRule() {
    super("ZWK-PROFILE-003", Severity.WARNING, StrategyStage.PROFILE);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.profile().isPresent() && ctx.profile().get().inventory().isEmpty()) {
      out.at("/profile/inventory").emit();
    }
  }
}
