// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.profile.SwotEntry;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-SWOT-002: every weakness and threat names its action field; otherwise no one can tell whether
 * the strategy addresses it (the white-spot check skips it).
 */
final class SwotActionFieldRule extends BaseRule {
  /** The rule. */
  public SwotActionFieldRule() {
    super("ZWK-SWOT-002", Severity.INFO, StrategyStage.PROFILE);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.profile().isEmpty()) {
      return;
    }
    List<SwotEntry> swot = ctx.profile().get().swot();
    for (int i = 0; i < swot.size(); i++) {
      SwotEntry e = swot.get(i);
      if (!e.category().isPositive() && e.actionFieldId().isEmpty()) {
        out.at(JsonPointer.of("profile", "swot", i, "actionFieldId"))
            .param("swotId", e.id()).param("text", Texts.cut(e.text())).emit();
      }
    }
  }
}
