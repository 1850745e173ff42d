// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.WorkshopPlan;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-PLAN-006: each measure serves a goal of the plan: it names a goal, or (as a sub-project) one
 * of its ancestors does. The goal ids themselves are checked by ZWK-REF-001.
 */
final class MeasureWithoutGoalRule extends BaseRule {
  /** The rule. */
  public MeasureWithoutGoalRule() {
    super("ZWK-PLAN-006", Severity.ERROR, StrategyStage.WORKSHOP_PLAN);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty()) {
      return;
    }
    WorkshopPlan plan = ctx.plan().get();
    List<Measure> measures = plan.measures();
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (m.status() != MeasureStatus.CANCELLED && !servesGoal(plan, m)) {
        var r = out.at(JsonPointer.of("plan", "measures", i, "goalIds"))
            .param("measureId", m.id()).param("title", Texts.cut(m.title()));
        if (!m.actionFieldIds().isEmpty()) {
          r.actionField(m.actionFieldIds().get(0));
        }
        r.emit();
      }
    }
  }

  private static boolean servesGoal(WorkshopPlan plan, Measure m) {
    Set<String> seen = new HashSet<>();
    Optional<Measure> current = Optional.of(m);
    // The model forbids parent cycles; the seen set only bounds the walk.
    while (current.isPresent() && seen.add(current.get().id())) {
      if (!current.get().goalIds().isEmpty()) {
        return true;
      }
      current = current.get().parentId().flatMap(plan::measure);
    }
    return false;
  }
}
