// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import java.util.Optional;
import zwk.model.participation.ParticipationEvent;
import zwk.model.plan.Goal;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.Measure;
import zwk.model.profile.ExistingMeasure;
import zwk.model.profile.SwotEntry;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-REF-002: every action-field id belongs to the standard catalogue or to the strategy's own
 * action fields ({@code ownActionFields}); otherwise white spots and parallel structures cannot be
 * matched.
 */
final class ActionFieldReferenceRule extends BaseRule {
  /** The rule. */
  public ActionFieldReferenceRule() {
    super("ZWK-REF-002", Severity.WARNING, StrategyStage.WORKSHOP_PLAN);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.profile().isPresent()) {
      List<ExistingMeasure> inv = ctx.profile().get().inventory();
      for (int i = 0; i < inv.size(); i++) {
        list(ctx, out, JsonPointer.of("profile", "inventory", i, "actionFieldIds"), inv.get(i).actionFieldIds());
      }
      List<SwotEntry> swot = ctx.profile().get().swot();
      for (int i = 0; i < swot.size(); i++) {
        one(ctx, out, JsonPointer.of("profile", "swot", i, "actionFieldId"), swot.get(i).actionFieldId());
      }
    }
    List<ParticipationEvent> events = ctx.strategy().participation();
    for (int i = 0; i < events.size(); i++) {
      ParticipationEvent e = events.get(i);
      for (int j = 0; j < e.ideas().size(); j++) {
        one(ctx, out, JsonPointer.of("participation", i, "ideas", j, "actionFieldId"), e.ideas().get(j).actionFieldId());
      }
      for (int j = 0; j < e.priorities().size(); j++) {
        one(ctx, out, JsonPointer.of("participation", i, "priorities", j, "actionFieldId"),
            Optional.of(e.priorities().get(j).actionFieldId()));
      }
    }
    if (ctx.plan().isEmpty()) {
      return;
    }
    List<GuidingLine> lines = ctx.plan().get().guidingLines();
    for (int i = 0; i < lines.size(); i++) {
      list(ctx, out, JsonPointer.of("plan", "guidingLines", i, "actionFieldIds"), lines.get(i).actionFieldIds());
      List<Goal> goals = lines.get(i).goals();
      for (int j = 0; j < goals.size(); j++) {
        list(ctx, out, JsonPointer.of("plan", "guidingLines", i, "goals", j, "actionFieldIds"), goals.get(j).actionFieldIds());
      }
    }
    List<Measure> measures = ctx.plan().get().measures();
    for (int i = 0; i < measures.size(); i++) {
      list(ctx, out, JsonPointer.of("plan", "measures", i, "actionFieldIds"), measures.get(i).actionFieldIds());
    }
  }

  private static void list(RuleContext ctx, FindingSink out, String base, List<String> ids) {
    for (int k = 0; k < ids.size(); k++) {
      one(ctx, out, base + "/" + k, Optional.of(ids.get(k)));
    }
  }

  private static void one(RuleContext ctx, FindingSink out, String path, Optional<String> id) {
    if (id.isPresent() && !ctx.actionFieldIds().contains(id.get())) {
      out.at(path).param("actionFieldId", Texts.cut(id.get())).emit();
    }
  }
}
