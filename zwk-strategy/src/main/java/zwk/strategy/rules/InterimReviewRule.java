// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.time.LocalDate;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;
import zwk.strategy.rule.RuleParameter;

/**
 * ZWK-REVIEW-002 (Zwischenbilanz): once the plan has been in implementation for
 * {@code interimReviewAfterMonths} (default 24) months since its adoption, the interim review
 * (stage 5) has at least started.
 */
final class InterimReviewRule extends BaseRule {
  /** The rule. */
  public InterimReviewRule() {
    super("ZWK-REVIEW-002", Severity.WARNING, StrategyStage.INTERIM_REVIEW,
        RuleParameter.of("interimReviewAfterMonths", 24));
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty() || ctx.plan().get().adoptedOn().isEmpty()) {
      return;
    }
    LocalDate adopted = ctx.plan().get().adoptedOn().get();
    int months = ctx.intThreshold("interimReviewAfterMonths");
    if (adopted.plusMonths(months).isBefore(ctx.today())
        && ctx.strategy().statusOf(StrategyStage.INTERIM_REVIEW) == StageStatus.NOT_STARTED) {
      out.at("/stages").param("adoptedOn", adopted).param("interimReviewAfterMonths", months).emit();
    }
  }
}
