// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.time.LocalDate;
import java.util.Optional;
import zwk.model.participation.ParticipationEvent;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-PART-001: before the plan is adopted, at least one Zukunftswerkstatt or equivalent format
 * ({@link zwk.model.participation.ParticipationFormat#isWorkshopEquivalent()}) took place: the plan
 * comes out of participation. When the plan has an adoption date, an event counts only if it has
 * a date on or before it (variant {@code afterAdoption} when all workshops are later or undated).
 */
final class WorkshopBeforePlanRule extends BaseRule {
  /** The rule. */
  public WorkshopBeforePlanRule() {
    super("ZWK-PART-001", Severity.ERROR, StrategyStage.FUTURE_WORKSHOP);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (!Plans.planUnderway(ctx)) {
      return;
    }
    Optional<LocalDate> adopted = ctx.plan().flatMap(p -> p.adoptedOn());
    boolean anyWorkshop = false;
    for (ParticipationEvent e : ctx.strategy().participation()) {
      if (!e.format().isWorkshopEquivalent()) {
        continue;
      }
      anyWorkshop = true;
      if (adopted.isEmpty() || e.date().map(d -> !d.isAfter(adopted.get())).orElse(false)) {
        return;
      }
    }
    if (anyWorkshop) {
      out.at("/participation").variant("afterAdoption").param("adoptedOn", adopted.get()).emit();
    } else {
      out.at("/participation").emit();
    }
  }
}
