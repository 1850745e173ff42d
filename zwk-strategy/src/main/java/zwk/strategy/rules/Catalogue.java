package zwk.strategy.rules;

import java.util.List;
import zwk.strategy.rule.Rule;

/** zwk's rule catalogue in its fixed order (the order of findings in a report). */
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
}
