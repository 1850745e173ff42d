// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.time.LocalDate;
import java.util.Optional;
import zwk.model.plan.PlanRevision;
import zwk.model.plan.WorkshopPlan;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;
import zwk.strategy.rule.RuleParameter;

/**
 * ZWK-REVIEW-001 (Fortschreibung): an adopted plan was reviewed within the last
 * {@code reviewIntervalMonths} (default 12) months. The last review is the latest of
 * {@code lastReviewedOn}, the revision dates and the adoption date.
 */
final class PlanReviewRule extends BaseRule {
  /** The rule. */
  public PlanReviewRule() {
    super("ZWK-REVIEW-001", Severity.WARNING, StrategyStage.INTERIM_REVIEW,
        RuleParameter.of("reviewIntervalMonths", 12));
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.plan().isEmpty() || ctx.plan().get().adoptedOn().isEmpty()) {
      return;
    }
    WorkshopPlan plan = ctx.plan().get();
    LocalDate last = plan.adoptedOn().get();
    last = max(last, plan.lastReviewedOn());
    for (PlanRevision r : plan.revisions()) {
      last = max(last, Optional.of(r.date()));
    }
    int months = ctx.intThreshold("reviewIntervalMonths");
    if (last.plusMonths(months).isBefore(ctx.today())) {
      out.at("/plan/lastReviewedOn").param("lastReview", last).param("today", ctx.today())
          .param("reviewIntervalMonths", months).emit();
    }
  }

  private static LocalDate max(LocalDate a, Optional<LocalDate> b) {
    return b.isPresent() && b.get().isAfter(a) ? b.get() : a;
  }
}
