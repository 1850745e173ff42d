// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;
import zwk.strategy.rule.RuleParameter;

/**
 * ZWK-DEPT-001: demography is a cross-cutting topic: at least {@code minDepartments} (default 3)
 * different departments lead or partner in the plan's (not cancelled) measures. Checked once the
 * plan has measures.
 */
final class CrossDepartmentalRule extends BaseRule {
  /** The rule. */
  public CrossDepartmentalRule() {
    super("ZWK-DEPT-001", Severity.WARNING, StrategyStage.WORKSHOP_PLAN, RuleParameter.of("minDepartments", 3));
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty() || ctx.plan().get().measures().isEmpty()) {
      return;
    }
    Set<String> departments = new LinkedHashSet<>();
    for (Measure m : ctx.plan().get().measures()) {
      if (m.status() != MeasureStatus.CANCELLED) {
        m.leadDepartmentId().ifPresent(departments::add);
        departments.addAll(m.partnerDepartmentIds());
      }
    }
    int min = ctx.intThreshold("minDepartments");
    if (departments.size() < min) {
      out.at("/plan/measures").param("departments", departments.size()).param("minDepartments", min).emit();
    }
  }
}
