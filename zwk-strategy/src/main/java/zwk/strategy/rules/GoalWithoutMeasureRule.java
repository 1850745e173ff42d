// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import zwk.model.plan.Goal;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.WorkshopPlan;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/** ZWK-PLAN-005: each goal is served by at least one measure that is not cancelled. */
final class GoalWithoutMeasureRule extends BaseRule {
  /** The rule. */
  public GoalWithoutMeasureRule() {
    super("ZWK-PLAN-005", Severity.ERROR, StrategyStage.WORKSHOP_PLAN);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty()) {
      return;
    }
    WorkshopPlan plan = ctx.plan().get();
    Set<String> served = new HashSet<>();
    for (Measure m : plan.measures()) {
      if (m.status() != MeasureStatus.CANCELLED) {
        served.addAll(m.goalIds());
      }
    }
    List<GuidingLine> lines = plan.guidingLines();
    for (int i = 0; i < lines.size(); i++) {
      List<Goal> goals = lines.get(i).goals();
      for (int j = 0; j < goals.size(); j++) {
        Goal g = goals.get(j);
        if (!served.contains(g.id())) {
          var r = out.at(JsonPointer.of("plan", "guidingLines", i, "goals", j))
              .param("goalId", g.id()).param("title", Texts.cut(g.title()));
          if (!g.actionFieldIds().isEmpty()) {
            r.actionField(g.actionFieldIds().get(0));
          }
          r.emit();
        }
      }
    }
  }
}
