// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import zwk.io.json.ZwkJson;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.MunicipalProfile;

/** The projection to 2040 in {@code zwk profile}: Landkreis Goslar (03153) from the real Kreise file of 2018. */
class ProfileProjectionTest {

  private static double value(MunicipalProfile p, String id, int year) {
    return p.indicatorValues().stream()
        .filter(v -> v.indicatorId().equals(id) && v.referenceDate().get().equals(LocalDate.of(year, 12, 31)))
        .map(IndicatorValue::value).findFirst().orElseThrow(() -> new AssertionError(id + " " + year)).get();
  }

  @Test
  void jsonCarriesTheProjectionByYear(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("goslar.json");
    CliRun r = CliRun.of("profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "03153", "--as-of", "2026-11-21", "--out", out.toString());
    assertEquals(0, r.code(), r.toString());
    MunicipalProfile p = ZwkJson.read(out, MunicipalProfile.class);
    // the start is the file's population (Goslar, Insgesamt 137,014); age groups are split, never lost
    assertEquals(137_014, value(p, "projected_population", 2018), 0);
    for (int year = 2018; year <= 2040; year++) {
      double parts = value(p, "projected_under_20", year) + value(p, "projected_20_64", year) + value(p, "projected_65_plus", year);
      assertEquals(value(p, "projected_population", year), parts, 2, "groups add up (each rounded) in " + year);
    }
    // the file's top band is 75+: 80+ cannot be given and is left out rather than guessed
    assertTrue(p.indicatorValues().stream().noneMatch(v -> v.indicatorId().equals("projected_80_plus")));
    assertTrue(p.indicators().stream().anyMatch(i -> i.id().equals("projected_population")
        && i.source().orElse("").contains("G2L2W1")));
    // ageing: the 65+ of Goslar grow while the total shrinks (a Kreis with 47.9 old-age ratio)
    assertTrue(value(p, "projected_65_plus", 2035) > value(p, "projected_65_plus", 2018));
    assertTrue(value(p, "projected_population", 2040) < value(p, "projected_population", 2018));
  }

  @Test
  void htmlReportHasTheProjectionChart(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("goslar.html");
    CliRun r = CliRun.of("profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "03153", "--out", out.toString());
    assertEquals(0, r.code(), r.toString());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    NodeList sections = doc.getElementsByTagName("section");
    Element projection = null;
    for (int i = 0; i < sections.getLength(); i++) {
      if ("projection".equals(((Element) sections.item(i)).getAttribute("id"))) {
        projection = (Element) sections.item(i);
      }
    }
    assertTrue(projection != null, "a projection section");
    assertTrue(projection.getTextContent().contains("Bevölkerungsvorausberechnung"));
    // total, under 20, 20-64, 65+ (80+ not computable from a 75+ table)
    assertEquals(4, projection.getElementsByTagName("polyline").getLength());
    assertTrue(projection.getTextContent().contains("Insgesamt 2018: 137.014"), "tooltip with the exact start count");
  }

  @Test
  void noProjectionLeavesItOut(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("goslar.json");
    CliRun r = CliRun.of("profile", "--population", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--key", "03153", "--no-projection", "--out", out.toString());
    assertEquals(0, r.code(), r.toString());
    assertFalse(Files.readString(out).contains("projected_"));
  }
}
