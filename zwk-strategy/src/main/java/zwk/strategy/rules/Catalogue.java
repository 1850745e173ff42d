// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.check.DemographyCheck;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.Rule;

/**
 * zwk's rule catalogue in its fixed order (the order of findings in a report). The rule classes
 * are package-private and this package is not exported: callers find a rule by its id
 * ({@code RuleSet.standard().rule("ZWK-PLAN-001")}); the static helpers below serve
 * {@code zwk.strategy.DemographyCheckEvaluator}.
 */
public final class Catalogue {
  private Catalogue() {}

  /** Fresh instances of all catalogue rules, in catalogue order. */
  public static List<Rule> rules() {
    return List.of(
        new FieldConstraintRule(),
        new StageOrderRule(),
        new StageDatesRule(),
        new StageEvidenceRule(),
        new StageFutureDateRule(),
        new ProfileSwotRule(),
        new ProfileAgeRule(),
        new InventoryRule(),
        new WorkshopBeforePlanRule(),
        new TargetGroupCoverageRule(),
        new PartnershipRule(),
        new PrioritisationRule(),
        new OpenIdeaRule(),
        new IdeaStatusRule(),
        new WhiteSpotRule(),
        new SwotActionFieldRule(),
        new ParallelStructureRule(),
        new MeasureLeadRule(),
        new MeasurePeriodRule(),
        new MeasureBudgetRule(),
        new MeasureTargetGroupRule(),
        new GoalWithoutMeasureRule(),
        new MeasureWithoutGoalRule(),
        new IndicatorRule(),
        new CrossDepartmentalRule(),
        new PlanReviewRule(),
        new InterimReviewRule(),
        new FundingLimitRule(),
        new ReferenceRule(),
        new ActionFieldReferenceRule(),
        new PublicRelationsRule(),
        new CheckDemographyAgeGroupsRule(),
        new CheckDemographyFutureGenerationsRule(),
        new CheckDemographyFollowUpCostsRule(),
        new CheckDemographyAccessibilityRule(),
        new CouncilPaperCheckRule());
  }

  /**
   * Runs {@code rule} on a single Demografie-Check when it is one of the ZWK-CHECK rules.
   *
   * @return whether the rule is a Demografie-Check rule (and so was run)
   */
  public static boolean checkOne(Rule rule, DemographyCheck check, String basePath, FindingSink out) {
    if (rule instanceof DemographyCheckRule) {
      ((DemographyCheckRule) rule).checkOne(check, basePath, out);
      return true;
    }
    return false;
  }

  /** Whether the check considered the effects on future generations (ZWK-CHECK-002's question). */
  public static boolean futureGenerationsConsidered(DemographyCheck check) {
    return new CheckDemographyFutureGenerationsRule().considered(check);
  }

  /** Whether the check considered follow-up costs (ZWK-CHECK-003's question). */
  public static boolean followUpCostsConsidered(DemographyCheck check) {
    return new CheckDemographyFollowUpCostsRule().considered(check);
  }

  /** Whether the check considered accessibility (ZWK-CHECK-004's question). */
  public static boolean accessibilityConsidered(DemographyCheck check) {
    return new CheckDemographyAccessibilityRule().considered(check);
  }
}
