// SPDX-License-Identifier: Apache-2.0
package zwk.profile.swot;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.TargetGroup;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.region.RegionLevel;
import zwk.profile.compare.Comparison;

/**
 * A rule "if {@code basis} of indicator {@code indicatorId} is at least (or at most) {@code
 * threshold}, then a {@code category} entry in each of the action fields". The entry text states
 * the statement, the indicator, the own value, the reference (Land, Germany or peers) with its
 * value, the difference or percentile, the rule and its threshold, in German and English; the
 * sentence frames come from the bundle {@code zwk.profile.swot.texts}, the statements from the rule
 * set ({@link SwotRuleSet}). The target groups say whom the finding concerns (used by the tool
 * recommendation).
 */
public final class ThresholdRule implements SwotRule {
  private final String id;
  private final String indicatorId;
  private final Basis basis;
  private final boolean above;
  private final double threshold;
  private final SwotCategory category;
  private final List<ActionField> actionFields;
  private final List<TargetGroup> targetGroups;
  private final String statementDe;
  private final String statementEn;

  /** A rule without target groups (see the full constructor). */
  public ThresholdRule(String id, String indicatorId, Basis basis, boolean above, double threshold, SwotCategory category,
      List<ActionField> actionFields, String statementDe, String statementEn) {
    this(id, indicatorId, basis, above, threshold, category, actionFields, List.of(), statementDe, statementEn);
  }

  /**
   * A rule.
   *
   * @param above true: fires when the basis is {@code >= threshold}; false: when {@code <= threshold}
   * @param targetGroups whom an entry of this rule concerns
   * @param statementDe German statement, e.g. {@code Überdurchschnittlich alte Bevölkerung}
   * @param statementEn English statement
   * @throws IllegalArgumentException for a threshold that is not finite, or a percentile threshold outside 0–100
   */
  public ThresholdRule(String id, String indicatorId, Basis basis, boolean above, double threshold, SwotCategory category,
      List<ActionField> actionFields, List<TargetGroup> targetGroups, String statementDe, String statementEn) {
    this.id = Objects.requireNonNull(id, "id");
    this.indicatorId = Objects.requireNonNull(indicatorId, "indicatorId");
    this.basis = Objects.requireNonNull(basis, "basis");
    this.above = above;
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("threshold: expected a finite number, got " + threshold);
    }
    if (basis == Basis.PERCENTILE_AMONG_PEERS && (threshold < 0 || threshold > 100)) {
      throw new IllegalArgumentException("threshold: expected a percentile 0 to 100 for rule " + id + ", got " + threshold);
    }
    this.threshold = threshold;
    this.category = Objects.requireNonNull(category, "category");
    this.actionFields = List.copyOf(actionFields);
    this.targetGroups = List.copyOf(targetGroups);
    this.statementDe = Objects.requireNonNull(statementDe, "statementDe");
    this.statementEn = Objects.requireNonNull(statementEn, "statementEn");
  }

  /** The same rule with another threshold (configuration). */
  public ThresholdRule withThreshold(double newThreshold) {
    return new ThresholdRule(id, indicatorId, basis, above, newThreshold, category, actionFields, targetGroups, statementDe,
        statementEn);
  }

  @Override
  public String id() {
    return id;
  }

  /** The indicator the rule reads. */
  public String indicatorId() {
    return indicatorId;
  }

  /** What the threshold is compared with. */
  public Basis basis() {
    return basis;
  }

  /** True: fires at {@code >= threshold}; false: at {@code <= threshold}. */
  public boolean above() {
    return above;
  }

  /** The threshold. */
  public double threshold() {
    return threshold;
  }

  /** The category of its entries. */
  public SwotCategory category() {
    return category;
  }

  /** The action fields of its entries (one entry each). */
  public List<ActionField> actionFields() {
    return actionFields;
  }

  /** Whom its entries concern. */
  public List<TargetGroup> targetGroups() {
    return targetGroups;
  }

  /** The statement in {@code locale} (English for {@code en}, German otherwise). */
  public String statement(Locale locale) {
    return "en".equals(locale.getLanguage()) ? statementEn : statementDe;
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
      case DIFFERENCE_TO_PEERS:
        return "minus peer median";
      case PERCENTILE_AMONG_PEERS:
        return "percentile among peers";
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
    switch (basis) {
      case DIFFERENCE_TO_STATE:
        b = c.differenceTo(RegionLevel.STATE);
        break;
      case DIFFERENCE_TO_GERMANY:
        b = c.differenceTo(RegionLevel.COUNTRY);
        break;
      case DIFFERENCE_TO_PEERS:
        b = c.peerMedian().isPresent() ? OptionalDouble.of(own - c.peerMedian().getAsDouble()) : OptionalDouble.empty();
        break;
      case PERCENTILE_AMONG_PEERS:
        b = c.percentile();
        break;
      default:
        b = OptionalDouble.of(own);
    }
    if (b.isEmpty() || (above ? b.getAsDouble() < threshold : b.getAsDouble() > threshold)) {
      return List.of();
    }
    String de = text(c, own, b.getAsDouble(), Locale.GERMAN);
    String en = text(c, own, b.getAsDouble(), Locale.ENGLISH);
    List<SwotEntry> out = new ArrayList<>();
    for (ActionField f : actionFields) {
      out.add(SwotEntry.builder().id(idPrefix + (out.size() + 1)).category(category).text(de).textEnglish(en)
          .actionFieldId(f.id()).addCitedIndicatorId(indicatorId).derivedByRule(id).build());
    }
    return out;
  }

  private String text(Comparison c, double own, double basisValue, Locale locale) {
    Locale l = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMANY;
    ResourceBundle texts = ResourceBundle.getBundle("zwk.profile.swot.texts", l == Locale.ENGLISH ? Locale.ENGLISH : Locale.ROOT); // ROOT = German base, no JVM-default fallback; no Control (throws in a named module)
    String thr = (above ? "≥ " : "≤ ") + fmt(threshold, l);
    Object[] p;
    String template;
    switch (basis) {
      case DIFFERENCE_TO_STATE:
      case DIFFERENCE_TO_GERMANY: {
        RegionLevel level = basis == Basis.DIFFERENCE_TO_STATE ? RegionLevel.STATE : RegionLevel.COUNTRY;
        var ref = c.reference(level).get();
        template = level == RegionLevel.STATE ? "entry.state" : "entry.germany";
        p = new Object[] {statement(l), indicatorId, fmt(own, l), ref.regionKey(), fmt(ref.value().value(), l), fmt(basisValue, l),
            id, thr};
        break;
      }
      case DIFFERENCE_TO_PEERS:
        template = "entry.peers";
        p = new Object[] {statement(l), indicatorId, fmt(own, l), String.valueOf(c.peerCount()),
            fmt(c.peerMedian().getAsDouble(), l), fmt(basisValue, l), id, thr};
        break;
      case PERCENTILE_AMONG_PEERS:
        template = "entry.percentile";
        p = new Object[] {statement(l), indicatorId, fmt(own, l), String.valueOf(c.peerCount()), fmt(basisValue, l),
            fmt(c.peerMedian().getAsDouble(), l), id, thr};
        break;
      default:
        template = "entry.value";
        p = new Object[] {statement(l), indicatorId, fmt(own, l), "", "", "", id, thr};
    }
    // parameters only: statements and ids are never part of the template
    return new MessageFormat(texts.getString(template), l).format(p);
  }

  private static String fmt(double v, Locale locale) {
    return String.format(locale, "%.1f", v);
  }

  @Override
  public String toString() {
    return id + ": " + description();
  }
}
