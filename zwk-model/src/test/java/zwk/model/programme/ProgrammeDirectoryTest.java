// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.RegionalCluster;

/** The queries of {@link ProgrammeDirectory} on a small hand-made directory, and its invariants. */
class ProgrammeDirectoryTest {

  private static ProgrammeParticipant p(String ags, String name, String programme, String cluster, Integer year,
      String... fields) {
    ProgrammeParticipant.Builder b = ProgrammeParticipant.builder().ags(Ags.of(ags)).name(name)
        .membership(ProgrammeMembership.builder().programmeId(programme).build()).addActionFieldIds(fields);
    if (cluster != null) {
      b.addClusters(ClusterAssignment.builder().cluster(RegionalCluster.of(cluster)).year(year).build());
    }
    return b.build();
  }

  private static final ProgrammeDirectory DIR = ProgrammeDirectory.builder()
      .addProgrammes(Programme.builder().id("dwk").name("Demografiewerkstatt Kommunen")
          .addFunding(Funding.builder().kind(FundingKind.CONSULTING).annualAmountEur(new BigDecimal("30000")).build())
          .build())
      .addProgrammes(Programme.builder().id("zwk").name("Zukunftswerkstatt Kommunen").build())
      .addParticipants(p("14523010", "Adorf", "dwk", null, null))
      .addParticipants(p("14523010", "Adorf", "zwk", "Süd", 2022, "health-care"))
      .addParticipants(p("15083040", "Barleben", "zwk", "Nord-Ost", 2022, "mobility", "digitalisation"))
      .addParticipants(p("13071107", "Neubrandenburg", "zwk", "Nord-Ost", 2022))
      .addParticipants(ProgrammeParticipant.builder().ars(Ars.of("034545408")).name("Samtgemeinde Spelle")
          .membership(ProgrammeMembership.builder().programmeId("zwk").build()).build())
      .build();

  private static List<String> names(List<ProgrammeParticipant> ps) {
    return ps.stream().map(ProgrammeParticipant::name).collect(Collectors.toList());
  }

  @Test
  void queriesByProgrammeClusterYearAndActionField() {
    assertEquals(List.of("Adorf"), names(DIR.participants("dwk")));
    assertEquals(List.of("Adorf", "Barleben", "Neubrandenburg", "Samtgemeinde Spelle"), names(DIR.participants("zwk")));
    assertEquals(List.of("Barleben", "Neubrandenburg"), names(DIR.inCluster("zwk", "Nord-Ost")));
    assertEquals(List.of("Barleben", "Neubrandenburg"), names(DIR.inCluster("zwk", "Nord-Ost", 2022)));
    assertEquals(List.of(), names(DIR.inCluster("zwk", "Nord-Ost", 2023)));
    assertEquals(List.of(), names(DIR.inCluster("dwk", "Süd")));
    assertEquals(List.of(RegionalCluster.of("Süd"), RegionalCluster.of("Nord-Ost")), DIR.clusters("zwk"));
    assertEquals(List.of("Barleben"), names(DIR.withActionField("zwk", "mobility")));
    assertEquals(2, DIR.participations("14523010").size());
    assertEquals(List.of("Samtgemeinde Spelle"), names(DIR.participations("034545408")));
    assertEquals(new BigDecimal("30000"), DIR.programme("dwk").orElseThrow().fundingOf(FundingKind.CONSULTING)
        .orElseThrow().annualAmountEur());
    assertTrue(DIR.programme("dwk").orElseThrow().fundingOf(FundingKind.MATERIAL).isEmpty());
    assertTrue(DIR.programme("netzwerk").isEmpty());
  }

  @Test
  void invariants() {
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> DIR.withParticipants(
        List.of(p("15083040", "Barleben", "zwk", null, null), p("15083040", "Barleben", "zwk", "Nord", 2023))));
    assertTrue(dup.getMessage().startsWith("participants[1]: expected a unique id"), dup.getMessage());
    IllegalArgumentException noKey = assertThrows(IllegalArgumentException.class, () -> ProgrammeParticipant.builder()
        .name("Ohne Schlüssel").membership(ProgrammeMembership.builder().programmeId("zwk").build()).build());
    assertTrue(noKey.getMessage().startsWith("ags: expected an AGS or an ARS"), noKey.getMessage());
    IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class, () -> ProgrammeParticipant.builder()
        .ags(Ags.of("15083040")).ars(Ars.of("150010000000")).name("x")
        .membership(ProgrammeMembership.builder().programmeId("zwk").build()).build());
    assertTrue(mismatch.getMessage().startsWith("ars: expected the same region"), mismatch.getMessage());
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class, () -> ClusterAssignment.builder()
        .cluster(RegionalCluster.of("Süd")).year(22).build());
    assertEquals("year: expected 1990-2100, got 22", year.getMessage());
  }
}
