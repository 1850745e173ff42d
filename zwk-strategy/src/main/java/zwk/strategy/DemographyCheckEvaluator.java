// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.util.Locale;
import zwk.model.check.DemographyCheck;
import zwk.strategy.rule.Rule;
import zwk.strategy.rule.RuleSet;
import zwk.strategy.rules.Catalogue;

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
      Catalogue.checkOne(r, check, basePath, renderer.sinkFor(r));
    }
    return DemographyCheckEvaluation.builder()
        .affectedAgeGroups(check.affectedAgeGroups())
        .futureGenerationsConsidered(Catalogue.futureGenerationsConsidered(check))
        .followUpCostsConsidered(Catalogue.followUpCostsConsidered(check))
        .accessibilityConsidered(Catalogue.accessibilityConsidered(check))
        .findings(renderer.findings())
        .build();
  }
}
