// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import zwk.model.plan.Goal;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.SwotEntry;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-SWOT-001 (white spot, <em>weißer Fleck</em>): every weakness and threat of the SWOT is
 * addressed by at least one goal or (not cancelled) measure of the plan in its action field, or
 * explicitly deferred with a non-blank reason. Entries without an action field are left to
 * ZWK-SWOT-002.
 */
final class WhiteSpotRule extends BaseRule {
  /** The rule. */
  public WhiteSpotRule() {
    super("ZWK-SWOT-001", Severity.WARNING, StrategyStage.WORKSHOP_PLAN);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.profile().isEmpty() || ctx.plan().isEmpty()) {
      return;
    }
    WorkshopPlan plan = ctx.plan().get();
    Set<String> covered = new HashSet<>();
    for (Goal g : plan.goals()) {
      covered.addAll(g.actionFieldIds());
    }
    for (Measure m : plan.measures()) {
      if (m.status() != MeasureStatus.CANCELLED) {
        covered.addAll(m.actionFieldIds());
      }
    }
    List<SwotEntry> swot = ctx.profile().get().swot();
    for (int i = 0; i < swot.size(); i++) {
      SwotEntry e = swot.get(i);
      if (e.category().isPositive() || e.actionFieldId().isEmpty()) {
        continue;
      }
      boolean deferred = e.deferralReason().map(r -> !r.isBlank()).orElse(false);
      if (!deferred && !covered.contains(e.actionFieldId().get())) {
        out.at(JsonPointer.of("profile", "swot", i)).actionField(e.actionFieldId().get())
            .param("swotId", e.id()).param("category", e.category())
            .param("text", Texts.cut(e.text()))
            .param("actionFieldId", e.actionFieldId().get(), ctx.actionFieldLabel(e.actionFieldId().get())).emit();
      }
    }
  }
}
