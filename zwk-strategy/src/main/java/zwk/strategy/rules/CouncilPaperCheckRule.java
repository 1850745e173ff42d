// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.check.DemographyCheck;
import zwk.model.council.CouncilPaper;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-CHECK-005: a measure that goes to the council (it references a council paper) has a
 * Demografie-Check: the check is meant for exactly those council proposals. A check counts when it
 * is attached to the measure or is one of the strategy's {@code demographyChecks} for the same paper
 * (same URL, or same reference). Cancelled measures are not checked.
 */
public final class CouncilPaperCheckRule extends BaseRule {
  /** The rule. */
  public CouncilPaperCheckRule() {
    super("ZWK-CHECK-005", Severity.WARNING, StrategyStage.WORKSHOP_PLAN);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty()) {
      return;
    }
    List<Measure> measures = ctx.plan().get().measures();
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (m.status() == MeasureStatus.CANCELLED || m.councilPaper().isEmpty() || m.demographyCheck().isPresent()) {
        continue;
      }
      CouncilPaper paper = m.councilPaper().get();
      boolean checked = false;
      for (DemographyCheck c : ctx.strategy().demographyChecks()) {
        checked |= c.councilPaper().map(p -> samePaper(p, paper)).orElse(false);
      }
      if (!checked) {
        out.at(JsonPointer.of("plan", "measures", i, "demographyCheck"))
            .param("measureId", m.id()).param("title", Texts.cut(m.title()))
            .param("paper", Texts.cut(paper.reference().orElseGet(() -> paper.url().orElse(""))))
            .emit();
      }
    }
  }

  /** Same paper: the same URL, or (when either has no URL) the same reference. */
  static boolean samePaper(CouncilPaper a, CouncilPaper b) {
    if (a.url().isPresent() && b.url().isPresent()) {
      return a.url().equals(b.url());
    }
    return a.reference().isPresent() && a.reference().equals(b.reference());
  }
}
