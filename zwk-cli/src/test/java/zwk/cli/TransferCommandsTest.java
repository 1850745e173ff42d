// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.json.ZwkJson;
import zwk.model.catalogue.TargetGroup;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.ToolKind;
import zwk.model.toolbox.Toolbox;

/** {@code zwk peers}, {@code zwk types}, {@code zwk recommend} on the real Kreise file: the CSV contracts of docs/cli.md. */
class TransferCommandsTest {
  private static String kreise() {
    return CliRun.data(PopulationCommandTest.KREISE_2018).toString();
  }

  private static String gv() {
    return CliRun.data(RegisterCommandTest.GV_CSV).toString();
  }

  @Test
  void peersCsvContract() {
    CliRun r = CliRun.of("peers", "--population", kreise(), "--key", "15083", "--register", gv(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals("rank;key;name;distance;share_under_18;share_65_plus;youth_ratio;old_age_ratio;mean_age;median_age;"
        + "log_population;log_density", lines.get(0));
    assertEquals(1 + 1 + 10, lines.size(), "header, the region itself (rank 0) and 10 peers");
    String[] self = lines.get(1).split(";");
    assertEquals(List.of("0", "15083", "Börde", "0.0000"), List.of(self).subList(0, 4));
    // Altenquotient of Börde, published 39,9 (12411-08-01-4-B)
    assertEquals(39.9, Math.round(Double.parseDouble(self[7]) * 10) / 10.0);
    double previous = 0;
    for (String l : lines.subList(2, lines.size())) {
      double d = Double.parseDouble(l.split(";")[3]);
      assertTrue(d >= previous, "nearest first: " + l);
      previous = d;
    }
  }

  @Test
  void typesCsvContractAndOfficialTypology(@TempDir Path dir) throws Exception {
    CliRun r = CliRun.of("types", "--population", kreise(), "--k", "4");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals("key;name;type;type_name;distance", lines.get(0));
    assertEquals(1 + 401, lines.size(), "the 401 Kreise with values; the 73 historical Kreise have none");
    Path typ = dir.resolve("typen.csv");
    Files.writeString(typ, "AGS;Typ;Typname\n15083;1;Alte Kreise\n03153;1;Alte Kreise\n09162;2;Großstädte\n", StandardCharsets.UTF_8);
    CliRun o = CliRun.of("types", "--population", kreise(), "--typology", typ.toString(), "--format", "csv");
    assertEquals(0, o.code(), o.toString());
    assertTrue(o.out().lines().anyMatch(l -> l.startsWith("15083;") && l.contains(";1;Alte Kreise;")), o.out());
    // Köln has no given type: the nearest centroid is München's
    assertTrue(o.out().lines().anyMatch(l -> l.startsWith("05315;") && l.contains(";2;Großstädte;")), o.out());
  }

  @Test
  void recommendCsvContractWithAHandMadeToolbox(@TempDir Path dir) throws Exception {
    Toolbox box = Toolbox.builder().addTools(
        Tool.builder().id("care").title("Pflegenetz").kind(ToolKind.CONCEPT).actionFieldIds(List.of("health-care", "seniors"))
            .targetGroups(List.of(TargetGroup.SENIORS)).build(),
        Tool.builder().id("housing").title("Wohnbörse").kind(ToolKind.CONCEPT).actionFieldIds(List.of("housing")).build()).build();
    Path file = dir.resolve("box.json");
    ZwkJson.write(box, file);
    CliRun r = CliRun.of("recommend", "--population", kreise(), "--key", "15083", "--toolbox", file.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    List<String> lines = r.out().lines().toList();
    assertEquals("rank;tool_id;title;score;reasons", lines.get(0));
    // Börde's threats in health-care and seniors (old-age-ratio-above-germany, which concerns SENIORS): 3 + 3 + 1;
    // no housing need, so the housing tool is not recommended
    assertEquals(2, lines.size(), r.out());
    assertEquals("1;care;Pflegenetz;7.00;Handlungsfeld Gesundheit und Pflege: Risiko swot-1 (Regel old-age-ratio-above-germany)"
        + " | Handlungsfeld Senioren: Risiko swot-2 (Regel old-age-ratio-above-germany) | Zielgruppe Seniorinnen und Senioren ist betroffen",
        lines.get(1));
  }

  @Test
  void profileReportShowsPeersAndTools(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("boerde.html");
    CliRun r = CliRun.of("profile", "--population", kreise(), "--key", "15083", "--register", gv(), "--out", out.toString());
    assertEquals(0, r.code(), r.toString());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(html.contains("<section id=\"peers\">") && html.contains("<section id=\"recommendations\">"));
    assertTrue(html.contains("Altenquotient über dem Bundeswert"), "SWOT against Germany");
  }

  @Test
  void profileJsonCarriesPeersAndTools(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("boerde.json");
    CliRun r = CliRun.of("profile", "--population", kreise(), "--key", "15083", "--peers", "3", "--recommend", "2",
        "--as-of", "2026-12-01", "--out", out.toString());
    assertEquals(0, r.code(), r.toString());
    zwk.model.profile.MunicipalProfile p = ZwkJson.read(out, zwk.model.profile.MunicipalProfile.class);
    assertEquals(List.of(1, 2, 3), p.peers().stream().map(x -> x.rank()).toList());
    assertTrue(p.peers().stream().allMatch(x -> x.regionKey().length() == 5 && !x.regionKey().equals("15083")));
    assertTrue(p.peers().get(0).explanation().get().startsWith("nah bei: "), p.peers().get(0).toString());
    assertTrue(p.peers().get(0).explanationEnglish().get().startsWith("close in: "));
    assertTrue(p.recommendedTools().size() <= 2 && !p.recommendedTools().isEmpty());
    assertEquals(p.recommendedTools().get(0).reasons().size(), p.recommendedTools().get(0).reasonsEnglish().size());
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertEquals(2, CliRun.of("peers", "--population", kreise(), "--key", "15083", "--k", "0").code());
    assertEquals(2, CliRun.of("peers", "--population", kreise(), "--key", "15083", "--same-type").code());
  }
}
