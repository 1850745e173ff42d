// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import zwk.model.participation.ParticipationEvent;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-PART-004: the Zukunftswerkstatt prioritised the action fields (at least one workshop-equivalent
 * event records priorities), so the plan concentrates on what matters most to the people.
 */
final class PrioritisationRule extends BaseRule {
  /** The rule. */
  public PrioritisationRule() {
    super("ZWK-PART-004", Severity.WARNING, StrategyStage.FUTURE_WORKSHOP);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    boolean anyWorkshop = false;
    for (ParticipationEvent e : ctx.strategy().participation()) {
      if (e.format().isWorkshopEquivalent()) {
        anyWorkshop = true;
        if (!e.priorities().isEmpty()) {
          return;
        }
      }
    }
    if (anyWorkshop) {
      out.at("/participation").emit();
    }
  }
}
