// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.check.DemographyCheck;
import zwk.model.plan.Measure;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * Base of the Demografie-Check rules (ZWK-CHECK-001 … 004): each looks at one question of the check
 * and reports it when it was not considered. They check the strategy's {@code demographyChecks}
 * and the checks attached to measures; {@code zwk.strategy.DemographyCheckEvaluator} runs them on
 * a single check.
 */
abstract class DemographyCheckRule extends BaseRule {
  private final String property;

  DemographyCheckRule(String id, String property) {
    super(id, Severity.WARNING, StrategyStage.WORKSHOP_PLAN);
    this.property = property;
  }

  /** Whether the question of this rule was considered in the check. */
  public abstract boolean considered(DemographyCheck check);

  /** The check's property this rule looks at (the last token of the finding's path). */
  public final String property() {
    return property;
  }

  @Override
  public final void check(RuleContext ctx, FindingSink out) {
    List<DemographyCheck> checks = ctx.strategy().demographyChecks();
    for (int i = 0; i < checks.size(); i++) {
      checkOne(checks.get(i), JsonPointer.of("demographyChecks", i), out);
    }
    if (ctx.plan().isPresent()) {
      List<Measure> measures = ctx.plan().get().measures();
      for (int i = 0; i < measures.size(); i++) {
        if (measures.get(i).demographyCheck().isPresent()) {
          checkOne(measures.get(i).demographyCheck().get(), JsonPointer.of("plan", "measures", i, "demographyCheck"), out);
        }
      }
    }
  }

  /**
   * Checks one Demografie-Check located at {@code base}.
   *
   * @param check the check
   * @param base JSON pointer of the check
   * @param out where a finding goes
   */
  public final void checkOne(DemographyCheck check, String base, FindingSink out) {
    if (!considered(check)) {
      out.at(base + "/" + property).param("subject", Texts.cut(check.subject())).emit();
    }
  }
}
