// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.model.programme.ProgrammeMembership;
import zwk.model.region.Ags;
import zwk.model.region.Municipality;
import zwk.model.region.RegionalCluster;
import zwk.model.stage.StrategyStage;

class MentorMatcherTest {
  private static Municipality mun(String ags, String name, String cluster, boolean member) {
    Municipality.Builder b = Municipality.builder().ags(Ags.of(ags)).name(name);
    if (cluster != null) {
      b.cluster(RegionalCluster.of(cluster));
    }
    if (member) {
      b.addProgrammeMemberships(ProgrammeMembership.builder().programmeId("zwk").build());
    }
    return b.build();
  }

  @Test
  void sameClusterFirstThenLandThenScore() {
    MentorCandidate mentee = new MentorCandidate(mun("15083010", "Neuling", "Ost", false), Set.of("housing", "seniors"),
        Optional.of(StrategyStage.KICK_OFF));
    List<MentorCandidate> c = List.of(
        // elsewhere, two shared fields, 3 stages ahead: 2 × 2 + 3 = 7
        new MentorCandidate(mun("03454049", "Fern", "Nord", true), Set.of("housing", "seniors"), Optional.of(StrategyStage.WORKSHOP_PLAN)),
        // same cluster, one shared field, stage unknown: 2
        new MentorCandidate(mun("12060020", "Cluster", "Ost", true), Set.of("housing"), Optional.empty()),
        // same Land, one shared field, 1 stage ahead: 2 + 1 = 3
        new MentorCandidate(mun("15083040", "Land", "Mitte", true), Set.of("seniors", "mobility"), Optional.of(StrategyStage.PROFILE)),
        // not further along: excluded
        new MentorCandidate(mun("15001000", "Gleich", null, true), Set.of("housing"), Optional.of(StrategyStage.KICK_OFF)),
        // no programme: excluded
        new MentorCandidate(mun("15002000", "Ohne", null, false), Set.of("housing"), Optional.empty()),
        // no shared field: excluded
        new MentorCandidate(mun("15003000", "Anders", null, true), Set.of("integration"), Optional.empty()));
    List<MentorMatch> m = new MentorMatcher(OriginSimilarity.NONE).match(mentee, c);
    assertEquals(List.of("Cluster", "Land", "Fern"), m.stream().map(x -> x.mentor().municipality().name()).collect(Collectors.toList()));
    assertEquals(List.of(2.0, 3.0, 7.0), m.stream().map(MentorMatch::score).collect(Collectors.toList()));
    assertEquals(MentorMatch.Proximity.SAME_STATE, m.get(1).proximity());
    assertTrue(m.get(0).reasons(Locale.GERMAN).contains("Stand der Strategie nicht bekannt"), m.get(0).reasons(Locale.GERMAN));
    assertTrue(m.get(2).reasons(Locale.ENGLISH).contains("3 stages ahead"), m.get(2).reasons(Locale.ENGLISH));
  }
}
