// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.plan.Goal;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureIndicator;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-PLAN-007: every indicator of a goal or measure has a baseline and a target value, otherwise
 * progress cannot be measured. Variants {@code noBaseline}, {@code noTarget}, {@code neither}.
 */
final class IndicatorRule extends BaseRule {
  /** The rule. */
  public IndicatorRule() {
    super("ZWK-PLAN-007", Severity.WARNING, StrategyStage.WORKSHOP_PLAN);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty()) {
      return;
    }
    List<GuidingLine> lines = ctx.plan().get().guidingLines();
    for (int i = 0; i < lines.size(); i++) {
      List<Goal> goals = lines.get(i).goals();
      for (int j = 0; j < goals.size(); j++) {
        List<MeasureIndicator> ind = goals.get(j).indicators();
        for (int k = 0; k < ind.size(); k++) {
          report(out, ind.get(k), JsonPointer.of("plan", "guidingLines", i, "goals", j, "indicators", k));
        }
      }
    }
    List<Measure> measures = ctx.plan().get().measures();
    for (int i = 0; i < measures.size(); i++) {
      List<MeasureIndicator> ind = measures.get(i).indicators();
      for (int k = 0; k < ind.size(); k++) {
        report(out, ind.get(k), JsonPointer.of("plan", "measures", i, "indicators", k));
      }
    }
  }

  private static void report(FindingSink out, MeasureIndicator in, String path) {
    boolean base = in.baseline().isPresent();
    boolean target = in.target().isPresent();
    if (!base || !target) {
      out.at(path).variant(!base && !target ? "neither" : !base ? "noBaseline" : "noTarget")
          .param("name", Texts.cut(in.name())).emit();
    }
  }
}
