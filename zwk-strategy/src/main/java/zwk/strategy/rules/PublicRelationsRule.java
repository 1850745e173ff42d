// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.catalogue.ActionFields;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.Measure;
import zwk.model.plan.WorkshopPlan;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-COMM-001: public relations (<em>Öffentlichkeitsarbeit</em>, action field
 * {@code public-relations}) appears in the plan as an action field of a guiding line, goal or
 * measure: a strategy that nobody hears about does not last. A hint only.
 */
final class PublicRelationsRule extends BaseRule {
  /** The rule. */
  public PublicRelationsRule() {
    super("ZWK-COMM-001", Severity.INFO, StrategyStage.WORKSHOP_PLAN);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty()) {
      return;
    }
    WorkshopPlan plan = ctx.plan().get();
    String pr = ActionFields.PUBLIC_RELATIONS.id();
    for (GuidingLine l : plan.guidingLines()) {
      if (l.actionFieldIds().contains(pr) || l.goals().stream().anyMatch(g -> g.actionFieldIds().contains(pr))) {
        return;
      }
    }
    List<Measure> measures = plan.measures();
    if (measures.stream().noneMatch(m -> m.actionFieldIds().contains(pr))) {
      out.at("/plan").actionField(pr).param("actionFieldId", pr, ActionFields.PUBLIC_RELATIONS.labels()).emit();
    }
  }
}
