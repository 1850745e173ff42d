// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import zwk.model.catalogue.ActionFields;
import zwk.model.region.Municipality;
import zwk.model.stage.StrategyStage;

/**
 * Suggests mentors for a municipality among programme municipalities ({@code docs/indicators.md},
 * section Recommendation). A candidate qualifies when it belongs to at least one programme, is not
 * the mentee, shares at least one action field, and — where both strategies are known — has
 * completed more stages than the mentee. Qualified candidates are listed by proximity (same
 * cluster, same Land, elsewhere), then by score, then by key. The score is the sum of:
 *
 * <ul>
 *   <li>{@code action-field}: {@value #ACTION_FIELD_POINTS} per shared action field;
 *   <li>{@code stage}: {@value #STAGE_POINTS} per stage the mentor is ahead (nothing, with a reason,
 *       when its stage is unknown);
 *   <li>{@code similarity}: {@value #SIMILARITY_POINTS} × 1 / (1 + d), d the distance of the two
 *       regions ({@link OriginSimilarity}).
 * </ul>
 */
public final class MentorMatcher {
  /** Points per shared action field. */
  public static final double ACTION_FIELD_POINTS = 2.0;
  /** Points per stage ahead. */
  public static final double STAGE_POINTS = 1.0;
  /** Points for the same profile (distance 0). */
  public static final double SIMILARITY_POINTS = 2.0;

  private final OriginSimilarity similarity;

  /** A matcher with distances between regions. */
  public MentorMatcher(OriginSimilarity similarity) {
    this.similarity = Objects.requireNonNull(similarity, "similarity");
  }

  /** The qualified mentors for {@code mentee}, in order. */
  public List<MentorMatch> match(MentorCandidate mentee, List<MentorCandidate> candidates) {
    Municipality me = mentee.municipality();
    List<Object[]> found = new ArrayList<>();
    for (MentorCandidate c : candidates) {
      Municipality m = c.municipality();
      if (m.key().equals(me.key()) || m.programmeMemberships().isEmpty()) {
        continue;
      }
      TreeSet<String> shared = new TreeSet<>(c.actionFieldIds());
      shared.retainAll(mentee.actionFieldIds());
      if (shared.isEmpty()) {
        continue;
      }
      int ahead = c.completedStage().map(s -> s.ordinal() + 1).orElse(0) - mentee.completedStage().map(s -> s.ordinal() + 1).orElse(0);
      if (c.completedStage().isPresent() && ahead <= 0) {
        continue;
      }
      List<ScorePart> parts = new ArrayList<>();
      for (String f : shared) {
        parts.add(new ScorePart("action-field", ACTION_FIELD_POINTS,
            Texts.de("mentorField", ActionFields.byId(f).map(a -> a.germanLabel()).orElse(f)),
            Texts.en("mentorField", ActionFields.byId(f).map(a -> a.englishLabel()).orElse(f))));
      }
      if (c.completedStage().isPresent()) {
        parts.add(new ScorePart("stage", STAGE_POINTS * ahead,
            Texts.de("mentorStage", c.completedStage().get().germanLabel(), stage(mentee.completedStage(), Locale.GERMAN), ahead),
            Texts.en("mentorStage", c.completedStage().get().englishLabel(), stage(mentee.completedStage(), Locale.ENGLISH), ahead)));
      } else {
        parts.add(new ScorePart("stage", 0, Texts.de("mentorStageUnknown"), Texts.en("mentorStageUnknown")));
      }
      if (m.ags().isPresent()) {
        Optional<OriginSimilarity.Match> d = similarity.distance(me.key(), m.ags().get());
        d.ifPresent(x -> parts.add(new ScorePart("similarity", SIMILARITY_POINTS * x.similarity(),
            Texts.de("mentorSimilarity", x.comparedKey(), Texts.number(x.distance(), Locale.GERMAN)),
            Texts.en("mentorSimilarity", x.comparedKey(), Texts.number(x.distance(), Locale.ENGLISH)))));
      }
      MentorMatch.Proximity p = proximity(me, m);
      if (p == MentorMatch.Proximity.SAME_CLUSTER) {
        String cl = m.cluster().get().name();
        parts.add(new ScorePart("proximity", 0, Texts.de("mentorCluster", cl), Texts.en("mentorCluster", cl)));
      } else if (p == MentorMatch.Proximity.SAME_STATE) {
        parts.add(new ScorePart("proximity", 0, Texts.de("mentorState", m.state().get().label(Locale.GERMAN)),
            Texts.en("mentorState", m.state().get().label(Locale.ENGLISH))));
      }
      double score = parts.stream().mapToDouble(ScorePart::points).sum();
      found.add(new Object[] {c, p, score, parts});
    }
    found.sort(Comparator.<Object[]>comparingInt(o -> ((MentorMatch.Proximity) o[1]).ordinal())
        .thenComparingDouble(o -> -(Double) o[2]).thenComparing(o -> ((MentorCandidate) o[0]).municipality().key()));
    List<MentorMatch> out = new ArrayList<>();
    for (Object[] o : found) {
      @SuppressWarnings("unchecked")
      List<ScorePart> parts = (List<ScorePart>) o[3];
      out.add(new MentorMatch(out.size() + 1, (MentorCandidate) o[0], (MentorMatch.Proximity) o[1], (Double) o[2], parts));
    }
    return out;
  }

  private static String stage(Optional<StrategyStage> s, Locale l) {
    return s.map(x -> x.label(l)).orElse("en".equals(l.getLanguage()) ? "none completed" : "keine abgeschlossen");
  }

  private static MentorMatch.Proximity proximity(Municipality me, Municipality m) {
    if (me.cluster().isPresent() && me.cluster().equals(m.cluster())) {
      return MentorMatch.Proximity.SAME_CLUSTER;
    }
    if (me.state().isPresent() && me.state().equals(m.state())) {
      return MentorMatch.Proximity.SAME_STATE;
    }
    return MentorMatch.Proximity.ELSEWHERE;
  }
}
