// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * Base of the rules on the binding elements of each measure of the Werkstattplan. Cancelled
 * measures are not checked: nobody will implement them.
 */
abstract class MeasureRule extends BaseRule {
  private final String property;

  MeasureRule(String id, String property) {
    super(id, Severity.ERROR, StrategyStage.WORKSHOP_PLAN);
    this.property = property;
  }

  /** Whether the measure lacks the element. */
  abstract boolean lacks(Measure m);

  @Override
  public final void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty()) {
      return;
    }
    List<Measure> measures = ctx.plan().get().measures();
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (m.status() != MeasureStatus.CANCELLED && lacks(m)) {
        var r = out.at(JsonPointer.of("plan", "measures", i, property))
            .param("measureId", m.id()).param("title", Texts.cut(m.title()));
        if (!m.actionFieldIds().isEmpty()) {
          r.actionField(m.actionFieldIds().get(0));
        }
        r.emit();
      }
    }
  }
}
