// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.PeerRegion;
import zwk.model.profile.RecommendedTool;
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
  /** The same, as the model's values for the zwk.profile document. */
  final List<PeerRegion> peerRegions;
  final List<RecommendedTool> recommendedTools;

  private ProfileTransfer(List<PeerRow> peers, List<RecommendationRow> recommendations, List<PeerRegion> peerRegions,
      List<RecommendedTool> recommendedTools) {
    this.peers = peers;
    this.recommendations = recommendations;
    this.peerRegions = peerRegions;
    this.recommendedTools = recommendedTools;
  }

  /** The profile with its peers and recommended tools. */
  MunicipalProfile addTo(MunicipalProfile p) {
    return p.withPeers(peerRegions).withRecommendedTools(recommendedTools);
  }

  static ProfileTransfer of(PopulationInput input, Optional<MunicipalityRegister> reg, Ags ags, MunicipalProfile profile,
      java.time.LocalDate date, int peerCount, int toolCount, java.nio.file.Path toolbox, Locale locale) {
    if (peerCount == 0 && toolCount == 0) {
      return new ProfileTransfer(List.of(), List.of(), List.of(), List.of());
    }
    ComparisonSet set = ComparisonSet.of(input, reg, date, ags.level(), List.of(), List.of(), Standardisation.Z_SCORE, null);
    List<PeerRow> peers = new ArrayList<>();
    List<PeerRegion> peerRegions = new ArrayList<>();
    for (Peer p : set.model.nearest(ags.code(), peerCount)) {
      peers.add(new PeerRow(p.rank(), p.key(), set.name(p.key(), locale), p.distance(), p.explanation(locale)));
      peerRegions.add(PeerRegion.builder().rank(p.rank()).regionKey(p.key()).regionName(set.name(p.key(), locale))
          .distance(p.distance()).explanation(p.explanation(Locale.GERMAN)).explanationEnglish(p.explanation(Locale.ENGLISH)).build());
    }
    List<RecommendationRow> recs = new ArrayList<>();
    List<RecommendedTool> tools = new ArrayList<>();
    if (toolCount > 0) {
      List<ToolRecommendation> r = Recommendations.of(set, ags, profile, Recommendations.toolbox(toolbox)).tools;
      for (ToolRecommendation t : r.subList(0, Math.min(toolCount, r.size()))) {
        List<String> reasons = new ArrayList<>();
        for (ScorePart part : t.parts()) {
          reasons.add(String.format(locale, "%+.2f %s", part.points(), part.reason(locale)));
        }
        recs.add(new RecommendationRow(t.rank(), t.tool().title(), t.tool().originName().orElse(""), t.score(), reasons));
        RecommendedTool.Builder b = RecommendedTool.builder().rank(t.rank()).toolId(t.tool().id()).title(t.tool().title())
            .score(t.score());
        for (ScorePart part : t.parts()) {
          b.addReasons(String.format(Locale.GERMANY, "%+.2f %s", part.points(), part.reasonDe()));
          b.addReasonsEnglish(String.format(Locale.ENGLISH, "%+.2f %s", part.points(), part.reasonEn()));
        }
        tools.add(b.build());
      }
    }
    return new ProfileTransfer(peers, recs, peerRegions, tools);
  }
}
