package zwk.profile.swot;

import java.util.List;
import zwk.model.catalogue.ActionFields;
import zwk.model.profile.SwotCategory;

/**
 * The default rule set with its documented thresholds (see {@code docs/indicators.md}, section
 * SWOT). Thresholds are starting points for a conversation, not official norms; change them with
 * {@link ThresholdRule#withThreshold}.
 */
public final class SwotRules {
  /** Altenquotient ≥ 5 points above the Land → threat in health and care. */
  public static final ThresholdRule OLD_AGE_RATIO_ABOVE_STATE = new ThresholdRule("old-age-ratio-above-state", "old_age_ratio",
      Basis.DIFFERENCE_TO_STATE, true, 5.0, SwotCategory.THREAT, List.of(ActionFields.HEALTH_CARE),
      "Altenquotient deutlich über dem Landeswert", "Old-age dependency ratio well above the state");
  /** Hochbetagtenanteil ≥ 1 point above the Land → threat for seniors' services. */
  public static final ThresholdRule OLDEST_OLD_ABOVE_STATE = new ThresholdRule("oldest-old-share-above-state", "share_80_plus",
      Basis.DIFFERENCE_TO_STATE, true, 1.0, SwotCategory.THREAT, List.of(ActionFields.SENIORS),
      "Anteil Hochbetagter über dem Landeswert", "Share of the oldest old above the state");
  /** Jugendquotient ≥ 2 points above the Land → strength in children/youth/family and education. */
  public static final ThresholdRule YOUTH_RATIO_ABOVE_STATE = new ThresholdRule("youth-ratio-above-state", "youth_ratio",
      Basis.DIFFERENCE_TO_STATE, true, 2.0, SwotCategory.STRENGTH,
      List.of(ActionFields.CHILDREN_YOUTH_FAMILY, ActionFields.EDUCATION),
      "Junge Bevölkerung: Jugendquotient über dem Landeswert", "Young population: youth dependency ratio above the state");
  /** Jugendquotient ≥ 2 points below the Land → weakness in children/youth/family. */
  public static final ThresholdRule YOUTH_RATIO_BELOW_STATE = new ThresholdRule("youth-ratio-below-state", "youth_ratio",
      Basis.DIFFERENCE_TO_STATE, false, -2.0, SwotCategory.WEAKNESS, List.of(ActionFields.CHILDREN_YOUTH_FAMILY),
      "Wenig junge Menschen: Jugendquotient unter dem Landeswert", "Few young people: youth dependency ratio below the state");
  /** Bildungswanderung ≤ −20 per 1,000 → weakness in education and work. */
  public static final ThresholdRule EDUCATION_OUT_MIGRATION = new ThresholdRule("education-out-migration", "education_migration",
      Basis.VALUE, false, -20.0, SwotCategory.WEAKNESS, List.of(ActionFields.EDUCATION, ActionFields.WORK_ECONOMY),
      "Starke Abwanderung junger Menschen (Bildungswanderung)", "Strong out-migration of young people (education migration)");
  /** Familienwanderung ≥ +10 per 1,000 → opportunity in housing and family. */
  public static final ThresholdRule FAMILY_IN_MIGRATION = new ThresholdRule("family-in-migration", "family_migration",
      Basis.VALUE, true, 10.0, SwotCategory.OPPORTUNITY, List.of(ActionFields.HOUSING, ActionFields.CHILDREN_YOUTH_FAMILY),
      "Zuzug von Familien (Familienwanderung)", "In-migration of families (family migration)");
  /** Population change over 5 years ≤ −3 % → threat for public services. */
  public static final ThresholdRule POPULATION_DECLINE = new ThresholdRule("population-decline", "population_change_5y",
      Basis.VALUE, false, -3.0, SwotCategory.THREAT, List.of(ActionFields.PUBLIC_SERVICES),
      "Schrumpfende Bevölkerung", "Shrinking population");
  /** Population change over 5 years ≥ +3 % → opportunity in housing. */
  public static final ThresholdRule POPULATION_GROWTH = new ThresholdRule("population-growth", "population_change_5y",
      Basis.VALUE, true, 3.0, SwotCategory.OPPORTUNITY, List.of(ActionFields.HOUSING),
      "Wachsende Bevölkerung", "Growing population");

  private SwotRules() {}

  /** All default rules. */
  public static List<SwotRule> defaults() {
    return List.of(OLD_AGE_RATIO_ABOVE_STATE, OLDEST_OLD_ABOVE_STATE, YOUTH_RATIO_ABOVE_STATE, YOUTH_RATIO_BELOW_STATE,
        EDUCATION_OUT_MIGRATION, FAMILY_IN_MIGRATION, POPULATION_DECLINE, POPULATION_GROWTH);
  }
}
