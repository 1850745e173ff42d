package zwk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import zwk.model.profile.MunicipalProfile;
import zwk.model.region.Ags;
import zwk.model.region.MunicipalityRegister;
import zwk.profile.recommend.ScorePart;
import zwk.profile.recommend.ToolRecommendation;
import zwk.profile.similarity.Peer;
import zwk.profile.similarity.Standardisation;
import zwk.report.PeerRow;
import zwk.report.RecommendationRow;

/**
 * The peers and recommended tools that {@code zwk profile} adds to its report: the k nearest
 * regions of the same level (default profile vector, z-scores) and the best tools of the
 * Werkzeugkoffer for the profile's weaknesses and threats.
 */
final class ProfileTransfer {
  final List<PeerRow> peers;
  final List<RecommendationRow> recommendations;

  private ProfileTransfer(List<PeerRow> peers, List<RecommendationRow> recommendations) {
    this.peers = peers;
    this.recommendations = recommendations;
  }

  static ProfileTransfer of(PopulationInput input, Optional<MunicipalityRegister> reg, Ags ags, MunicipalProfile profile,
      java.time.LocalDate date, int peerCount, int toolCount, java.nio.file.Path toolbox, Locale locale) {
    if (peerCount == 0 && toolCount == 0) {
      return new ProfileTransfer(List.of(), List.of());
    }
    ComparisonSet set = ComparisonSet.of(input, reg, date, ags.level(), List.of(), List.of(), Standardisation.Z_SCORE, null);
    List<PeerRow> peers = new ArrayList<>();
    for (Peer p : set.model.nearest(ags.code(), peerCount)) {
      peers.add(new PeerRow(p.rank(), p.key(), set.name(p.key(), locale), p.distance(), p.explanation(locale)));
    }
    List<RecommendationRow> recs = new ArrayList<>();
    if (toolCount > 0) {
      List<ToolRecommendation> r = Recommendations.of(set, ags, profile, Recommendations.toolbox(toolbox)).tools;
      for (ToolRecommendation t : r.subList(0, Math.min(toolCount, r.size()))) {
        List<String> reasons = new ArrayList<>();
        for (ScorePart part : t.parts()) {
          reasons.add(String.format(locale, "%+.2f %s", part.points(), part.reason(locale)));
        }
        recs.add(new RecommendationRow(t.rank(), t.tool().title(), t.tool().originName().orElse(""), t.score(), reasons));
      }
    }
    return new ProfileTransfer(peers, recs);
  }
}
