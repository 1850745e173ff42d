// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.TargetGroup;
import zwk.model.region.MunicipalityType;
import zwk.model.toolbox.SizeClass;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.Toolbox;
import zwk.profile.similarity.SizeClasses;

/**
 * Ranks the tools of a {@link Toolbox} for a region's {@link Needs}. The score is the sum of named
 * parts (documented in {@code docs/indicators.md}, section Recommendation):
 *
 * <ul>
 *   <li>{@code action-field}: {@value #ACTION_FIELD_POINTS} for each action field of the tool in
 *       which the region has a weakness or threat (each field once, citing the first such entry);
 *   <li>{@code target-group}: {@value #TARGET_GROUP_POINTS} for each of the tool's target groups that
 *       the weaknesses and threats concern, at most {@value #MAX_TARGET_GROUPS};
 *   <li>{@code size}: +{@value #SUITABILITY_POINTS} when the tool names the region's size class
 *       among its suitable sizes, −{@value #SUITABILITY_POINTS} when it names others only, nothing
 *       when it names none or the region's size is unknown;
 *   <li>{@code type}: the same for the municipality type ({@link SizeClasses#kind}: kreisfreie
 *       Stadt = Stadtkreis, Kreis = Landkreis);
 *   <li>{@code origin-similarity}: {@value #ORIGIN_POINTS} × 1 / (1 + d), d the distance between
 *       the region and the tool's origin ({@link OriginSimilarity}).
 * </ul>
 *
 * Only tools with at least one action-field or target-group match are recommended; ties in score
 * are ordered by tool id.
 */
public final class ToolRecommender {
  /** Points per matched action field. */
  public static final double ACTION_FIELD_POINTS = 3.0;
  /** Points per matched target group. */
  public static final double TARGET_GROUP_POINTS = 1.0;
  /** At most this many target groups count. */
  public static final int MAX_TARGET_GROUPS = 2;
  /** Points for a suitable (or, negative, an unsuitable) size or type. */
  public static final double SUITABILITY_POINTS = 1.0;
  /** Points for an origin with the same profile (distance 0). */
  public static final double ORIGIN_POINTS = 2.0;

  private final Toolbox toolbox;
  private final OriginSimilarity similarity;

  /** A recommender over the toolbox, with distances to the tools' origins. */
  public ToolRecommender(Toolbox toolbox, OriginSimilarity similarity) {
    this.toolbox = Objects.requireNonNull(toolbox, "toolbox");
    this.similarity = Objects.requireNonNull(similarity, "similarity");
  }

  /** All recommended tools, best first. */
  public List<ToolRecommendation> recommend(Needs needs) {
    List<Object[]> scored = new ArrayList<>();
    for (Tool t : toolbox.tools()) {
      List<ScorePart> parts = new ArrayList<>();
      boolean relevant = actionFields(t, needs, parts) | targetGroups(t, needs, parts);
      if (!relevant) {
        continue;
      }
      size(t, needs, parts);
      type(t, needs, parts);
      origin(t, needs, parts);
      double score = parts.stream().mapToDouble(ScorePart::points).sum();
      scored.add(new Object[] {t, score, parts});
    }
    scored.sort(Comparator.<Object[]>comparingDouble(o -> -(Double) o[1]).thenComparing(o -> ((Tool) o[0]).id()));
    List<ToolRecommendation> out = new ArrayList<>();
    for (Object[] o : scored) {
      @SuppressWarnings("unchecked")
      List<ScorePart> parts = (List<ScorePart>) o[2];
      out.add(new ToolRecommendation(out.size() + 1, (Tool) o[0], (Double) o[1], parts));
    }
    return out;
  }

  private static boolean actionFields(Tool t, Needs needs, List<ScorePart> parts) {
    Map<String, Need> first = new LinkedHashMap<>();
    for (Need n : needs.needs()) {
      first.putIfAbsent(n.actionFieldId(), n);
    }
    boolean any = false;
    for (String f : t.actionFieldIds()) {
      Need n = first.get(f);
      if (n == null) {
        continue;
      }
      any = true;
      String de = ActionFields.byId(f).map(a -> a.germanLabel()).orElse(f);
      String en = ActionFields.byId(f).map(a -> a.englishLabel()).orElse(f);
      String rule = n.entry().derivedByRule().orElse(n.entry().id());
      parts.add(new ScorePart("action-field", ACTION_FIELD_POINTS,
          Texts.de("actionField", de, n.entry().category().germanLabel(), n.entry().id(), rule),
          Texts.en("actionField", en, n.entry().category().englishLabel(), n.entry().id(), rule)));
    }
    return any;
  }

  private static boolean targetGroups(Tool t, Needs needs, List<ScorePart> parts) {
    int n = 0;
    for (TargetGroup g : t.targetGroups()) {
      if (needs.targetGroups().contains(g) && n < MAX_TARGET_GROUPS) {
        n++;
        parts.add(new ScorePart("target-group", TARGET_GROUP_POINTS, Texts.de("targetGroup", g.germanLabel()),
            Texts.en("targetGroup", g.englishLabel())));
      }
    }
    return n > 0;
  }

  private static void size(Tool t, Needs needs, List<ScorePart> parts) {
    Optional<SizeClass> s = needs.sizeClass();
    if (s.isEmpty() || t.suitableSizes().isEmpty()) {
      return;
    }
    boolean fits = t.suitableSizes().contains(s.get());
    parts.add(new ScorePart("size", fits ? SUITABILITY_POINTS : -SUITABILITY_POINTS,
        Texts.de(fits ? "sizeFits" : "sizeMisfits", s.get().germanLabel()),
        Texts.en(fits ? "sizeFits" : "sizeMisfits", s.get().englishLabel())));
  }

  private static void type(Tool t, Needs needs, List<ScorePart> parts) {
    Optional<MunicipalityType> ty = needs.type();
    if (ty.isEmpty() || t.suitableTypes().isEmpty()) {
      return;
    }
    MunicipalityType kind = SizeClasses.kind(ty.get());
    boolean fits = t.suitableTypes().stream().map(SizeClasses::kind).anyMatch(kind::equals);
    parts.add(new ScorePart("type", fits ? SUITABILITY_POINTS : -SUITABILITY_POINTS,
        Texts.de(fits ? "typeFits" : "typeMisfits", ty.get().germanLabel()),
        Texts.en(fits ? "typeFits" : "typeMisfits", ty.get().englishLabel())));
  }

  private void origin(Tool t, Needs needs, List<ScorePart> parts) {
    if (t.originAgs().isEmpty()) {
      return;
    }
    Optional<OriginSimilarity.Match> m = similarity.distance(needs.regionKey(), t.originAgs().get());
    if (m.isEmpty()) {
      return;
    }
    String origin = t.originName().orElse(t.originAgs().get().code());
    double points = ORIGIN_POINTS * m.get().similarity();
    parts.add(new ScorePart("origin-similarity", points,
        Texts.de("origin", origin, m.get().comparedKey(), Texts.number(m.get().distance(), Locale.GERMAN)),
        Texts.en("origin", origin, m.get().comparedKey(), Texts.number(m.get().distance(), Locale.ENGLISH))));
  }
}
