// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.json.ZwkJson;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.SwotCategory;

/**
 * {@code zwk profile} for Landkreis Goslar (03153) from the real Kreise file; expected values from
 * the official quotient table 12411-08-01-4-B: Jugendquotient 27,4, Altenquotient 47,9; Land
 * Niedersachsen (03) from the sum of its Kreise.
 */
class ProfileCommandTest {

  @Test
  void jsonProfileWithOfficialRatiosAndDerivedSwot(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("goslar.json");
    CliRun r = CliRun.of("profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "3153", "--as-of", "2026-11-21", "--out", out.toString());
    assertEquals(0, r.code(), r.toString());
    MunicipalProfile p = ZwkJson.read(out, MunicipalProfile.class);
    assertEquals("03153", p.regionKey().get(), "lost leading zero repaired");
    assertEquals("Goslar, Landkreis", p.regionName().get());
    assertEquals(27.4, Math.round(p.indicatorValue("youth_ratio").get().value().get() * 10) / 10.0);
    assertEquals(47.9, Math.round(p.indicatorValue("old_age_ratio").get().value().get() * 10) / 10.0);
    assertTrue(p.indicatorValue("old_age_ratio").get().references().stream().anyMatch(ref -> ref.regionKey().equals("03")));
    // 47.9 is more than 5 points above Niedersachsen: the default SWOT rule names a threat
    assertTrue(p.swot(SwotCategory.THREAT).stream().anyMatch(e -> e.citedIndicatorIds().contains("old_age_ratio")),
        p.swot().toString());
  }

  @Test
  void htmlReportIsWellFormedAndCarriesTheFigures(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("goslar.html");
    CliRun r = CliRun.of("profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "03153", "--register", CliRun.data(RegisterCommandTest.GV_CSV).toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.toString());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(text.contains("Kommunalprofil Goslar"), "register name 'Goslar'");
    assertTrue(text.contains("47,9") && text.contains("27,4"), "official ratios");
    // Goslar in the 2018 file: Insgesamt 137,014
    assertTrue(text.contains("137.014"), "population");
    assertTrue(text.contains("Niedersachsen") && text.contains("Deutschland"), "references named");
    assertTrue(text.contains("Median aller Kreise") && text.contains("(Kreise)"), "peers of a Kreis are the Kreise");
  }

  /**
   * The Kreise file's top band is 75+, so {@code share_80_plus} is not computable: the reason is
   * German by default and English with {@code --lang en}, in the JSON document and the report.
   */
  @Test
  void notComputableReasonsFollowTheLanguage(@TempDir Path dir) throws Exception {
    String bands = "[0-2, 3-5, … 75+]"; // the 17 bands of 12411-02-03-5-B, shortened
    Path deJson = dir.resolve("de.json");
    CliRun de = CliRun.of("profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "03153", "--out", deJson.toString());
    assertEquals(0, de.code(), de.toString());
    assertEquals("Zähler: keine Altersgruppe beginnt beim Alter 80 in " + bands + " (17 Altersgruppen)",
        ZwkJson.read(deJson, MunicipalProfile.class).indicatorValue("share_80_plus").get().notComputableReason().get());
    Path enJson = dir.resolve("en.json");
    CliRun en = CliRun.of("--lang", "en", "profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "03153", "--out", enJson.toString());
    assertEquals(0, en.code(), en.toString());
    assertEquals("numerator: no age band starts at age 80 in " + bands + " (17 bands)",
        ZwkJson.read(enJson, MunicipalProfile.class).indicatorValue("share_80_plus").get().notComputableReason().get());

    Path deHtml = dir.resolve("de.html");
    assertEquals(0, CliRun.of("profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "03153", "--out", deHtml.toString()).code());
    String deText = text(deHtml);
    assertTrue(deText.contains("nicht berechenbar: Zähler: keine Altersgruppe beginnt beim Alter 80 in " + bands
        + " (17 Altersgruppen)"), deText);
    assertTrue(!deText.contains("no age band"), "no English reason in the German report");
    Path enHtml = dir.resolve("en.html");
    assertEquals(0, CliRun.of("--lang", "en", "profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "03153", "--out", enHtml.toString()).code());
    String enText = text(enHtml);
    assertTrue(enText.contains("not computable: numerator: no age band starts at age 80 in " + bands + " (17 bands)"), enText);
    assertTrue(!enText.contains("keine Altersgruppe"), "no German reason in the English report");
  }

  private static String text(Path html) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(html))).getDocumentElement().getTextContent();
  }

  @Test
  void unknownKeyIsBadInputNamingFileAndKey() {
    CliRun r = CliRun.of("profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "15083040");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("15083040") && r.err().contains("12411-02-03-5-B_kreise_2018.csv"), r.err());
  }

  @Test
  void outputMustBeJsonOrHtml(@TempDir Path dir) {
    CliRun r = CliRun.of("profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "03153", "--out", dir.resolve("p.pdf").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("p.pdf"), r.err());
  }
}
