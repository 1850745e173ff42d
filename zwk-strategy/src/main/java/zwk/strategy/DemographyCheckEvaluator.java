package zwk.strategy;

import java.util.Locale;
import zwk.model.check.DemographyCheck;
import zwk.strategy.rule.Rule;
import zwk.strategy.rule.RuleSet;
import zwk.strategy.rules.CheckDemographyAccessibilityRule;
import zwk.strategy.rules.CheckDemographyFollowUpCostsRule;
import zwk.strategy.rules.CheckDemographyFutureGenerationsRule;
import zwk.strategy.rules.DemographyCheckRule;

/**
 * Evaluates a single Demografie-Check (<em>Demografie-Check</em> of a council proposal or measure)
 * with the active ZWK-CHECK rules of a rule set, in the same finding format as the validator.
 * Obtain one through {@link StrategyValidator#evaluate(DemographyCheck)}.
 */
public final class DemographyCheckEvaluator {
  private final RuleSet ruleSet;
  private final Locale locale;

  /**
   * An evaluator.
   *
   * @param ruleSet supplies the active Demografie-Check rules and their severities
   * @param locale message locale
   */
  public DemographyCheckEvaluator(RuleSet ruleSet, Locale locale) {
    this.ruleSet = ruleSet;
    this.locale = locale;
  }

  /**
   * Evaluates a check located at {@code basePath} (JSON pointer prefix of the findings).
   */
  public DemographyCheckEvaluation evaluate(DemographyCheck check, String basePath) {
    FindingRenderer renderer = new FindingRenderer(ruleSet, locale);
    for (Rule r : ruleSet.activeRules()) {
      if (r instanceof DemographyCheckRule) {
        ((DemographyCheckRule) r).checkOne(check, basePath, renderer.sinkFor(r));
      }
    }
    return DemographyCheckEvaluation.builder()
        .affectedAgeGroups(check.affectedAgeGroups())
        .futureGenerationsConsidered(new CheckDemographyFutureGenerationsRule().considered(check))
        .followUpCostsConsidered(new CheckDemographyFollowUpCostsRule().considered(check))
        .accessibilityConsidered(new CheckDemographyAccessibilityRule().considered(check))
        .findings(renderer.findings())
        .build();
  }
}
