// SPDX-License-Identifier: Apache-2.0
package zwk.profile.swot;

import java.util.ArrayList;
import java.util.List;

/**
 * The default rule set ({@link SwotRuleSet#defaults()}, read from the resource
 * {@code zwk/profile/swot/swot-rules.properties}; see {@code docs/indicators.md}, section SWOT) and
 * named handles on some of its rules. Thresholds are starting points for a conversation, not
 * official norms; change them in a rule file of your own or with {@link ThresholdRule#withThreshold}.
 */
public final class SwotRules {
  /** Altenquotient ≥ 5 points above the Land → threat in health and care. */
  public static final ThresholdRule OLD_AGE_RATIO_ABOVE_STATE = rule("old-age-ratio-above-state");
  /** Altenquotient ≥ 3 points above Germany → threat in health and care and for seniors. */
  public static final ThresholdRule OLD_AGE_RATIO_ABOVE_GERMANY = rule("old-age-ratio-above-germany");
  /** Altenquotient at or above the 80th percentile of the peers → threat for public services. */
  public static final ThresholdRule OLD_AGE_RATIO_HIGH_AMONG_PEERS = rule("old-age-ratio-high-among-peers");
  /** Median age ≥ 2 years above Germany → weakness in skilled labour and work. */
  public static final ThresholdRule MEDIAN_AGE_ABOVE_GERMANY = rule("median-age-above-germany");
  /** Hochbetagtenanteil ≥ 1 point above the Land → threat for seniors' services. */
  public static final ThresholdRule OLDEST_OLD_ABOVE_STATE = rule("oldest-old-share-above-state");
  /** Jugendquotient ≥ 2 points above the Land → strength in children/youth/family and education. */
  public static final ThresholdRule YOUTH_RATIO_ABOVE_STATE = rule("youth-ratio-above-state");
  /** Jugendquotient ≥ 2 points below the Land → weakness in children/youth/family. */
  public static final ThresholdRule YOUTH_RATIO_BELOW_STATE = rule("youth-ratio-below-state");
  /** Bildungswanderung ≤ −20 per 1,000 → weakness in education and work. */
  public static final ThresholdRule EDUCATION_OUT_MIGRATION = rule("education-out-migration");
  /** Familienwanderung ≥ +10 per 1,000 → opportunity in housing and family. */
  public static final ThresholdRule FAMILY_IN_MIGRATION = rule("family-in-migration");
  /** Population change over 5 years ≤ −3 % → threat for public services. */
  public static final ThresholdRule POPULATION_DECLINE = rule("population-decline");
  /** Population change over 5 years ≥ +3 % → opportunity in housing. */
  public static final ThresholdRule POPULATION_GROWTH = rule("population-growth");

  private SwotRules() {}

  private static ThresholdRule rule(String id) {
    return SwotRuleSet.defaults().byId(id)
        .orElseThrow(() -> new IllegalStateException(SwotRuleSet.DEFAULT_RESOURCE + ": expected rule " + id + ", got none"));
  }

  /** All default rules, in the order of the rule file. */
  public static List<SwotRule> defaults() {
    return new ArrayList<>(SwotRuleSet.defaults().rules());
  }
}
