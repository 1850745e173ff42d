package zwk.profile.swot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import zwk.model.catalogue.ActionField;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.region.RegionLevel;
import zwk.profile.compare.Comparison;

/**
 * A rule "if {@code basis} of indicator {@code indicatorId} is at least (or at most) {@code
 * threshold}, then a {@code category} entry in each of the action fields". The entry text states
 * the statement, the rule, the own value, the reference value and the threshold, in German and
 * English.
 */
public final class ThresholdRule implements SwotRule {
  private final String id;
  private final String indicatorId;
  private final Basis basis;
  private final boolean above;
  private final double threshold;
  private final SwotCategory category;
  private final List<ActionField> actionFields;
  private final String statementDe;
  private final String statementEn;

  /**
   * A rule.
   *
   * @param above true: fires when the basis is {@code >= threshold}; false: when {@code <= threshold}
   * @param statementDe German statement, e.g. {@code Überdurchschnittlich alte Bevölkerung}
   * @param statementEn English statement
   */
  public ThresholdRule(String id, String indicatorId, Basis basis, boolean above, double threshold, SwotCategory category,
      List<ActionField> actionFields, String statementDe, String statementEn) {
    this.id = Objects.requireNonNull(id, "id");
    this.indicatorId = Objects.requireNonNull(indicatorId, "indicatorId");
    this.basis = Objects.requireNonNull(basis, "basis");
    this.above = above;
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("threshold: expected a finite number, got " + threshold);
    }
    this.threshold = threshold;
    this.category = Objects.requireNonNull(category, "category");
    this.actionFields = List.copyOf(actionFields);
    this.statementDe = Objects.requireNonNull(statementDe, "statementDe");
    this.statementEn = Objects.requireNonNull(statementEn, "statementEn");
  }

  /** The same rule with another threshold (configuration). */
  public ThresholdRule withThreshold(double newThreshold) {
    return new ThresholdRule(id, indicatorId, basis, above, newThreshold, category, actionFields, statementDe, statementEn);
  }

  @Override
  public String id() {
    return id;
  }

  /** The indicator the rule reads. */
  public String indicatorId() {
    return indicatorId;
  }

  /** The threshold. */
  public double threshold() {
    return threshold;
  }

  @Override
  public String description() {
    return indicatorId + " " + basisWords() + (above ? " >= " : " <= ") + fmt(threshold, Locale.ROOT) + " → " + category
        + " in " + actionFields.stream().map(ActionField::id).reduce((a, b) -> a + ", " + b).orElse("-");
  }

  private String basisWords() {
    switch (basis) {
      case DIFFERENCE_TO_STATE:
        return "minus Land";
      case DIFFERENCE_TO_GERMANY:
        return "minus Deutschland";
      default:
        return "value";
    }
  }

  @Override
  public List<SwotEntry> evaluate(Map<String, Comparison> comparisons, String idPrefix) {
    Comparison c = comparisons.get(indicatorId);
    if (c == null || !c.own().isComputable()) {
      return List.of();
    }
    double own = c.own().value();
    OptionalDouble b;
    RegionLevel level = null;
    if (basis == Basis.VALUE) {
      b = OptionalDouble.of(own);
    } else {
      level = basis == Basis.DIFFERENCE_TO_STATE ? RegionLevel.STATE : RegionLevel.COUNTRY;
      b = c.differenceTo(level);
    }
    if (b.isEmpty() || (above ? b.getAsDouble() < threshold : b.getAsDouble() > threshold)) {
      return List.of();
    }
    String de = statementDe + ": " + indicatorId + " = " + fmt(own, Locale.GERMANY);
    String en = statementEn + ": " + indicatorId + " = " + fmt(own, Locale.ENGLISH);
    if (level != null) {
      double ref = c.reference(level).get().value().value();
      String key = c.reference(level).get().regionKey();
      de += (level == RegionLevel.STATE ? ", Land " : ", Deutschland ") + key + " = " + fmt(ref, Locale.GERMANY) + ", Differenz "
          + fmt(b.getAsDouble(), Locale.GERMANY);
      en += (level == RegionLevel.STATE ? ", state " : ", Germany ") + key + " = " + fmt(ref, Locale.ENGLISH) + ", difference "
          + fmt(b.getAsDouble(), Locale.ENGLISH);
    }
    de += " (Regel " + id + ", Schwelle " + (above ? "≥ " : "≤ ") + fmt(threshold, Locale.GERMANY) + ")";
    en += " (rule " + id + ", threshold " + (above ? "≥ " : "≤ ") + fmt(threshold, Locale.ENGLISH) + ")";
    List<SwotEntry> out = new ArrayList<>();
    for (ActionField f : actionFields) {
      out.add(SwotEntry.builder().id(idPrefix + (out.size() + 1)).category(category).text(de).textEnglish(en)
          .actionFieldId(f.id()).addCitedIndicatorId(indicatorId).derivedByRule(id).build());
    }
    return out;
  }

  private static String fmt(double v, Locale locale) {
    return String.format(locale, "%.1f", v);
  }

  @Override
  public String toString() {
    return id + ": " + description();
  }
}
