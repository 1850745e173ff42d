// SPDX-License-Identifier: Apache-2.0
package zwk.examples.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.json.ZwkJson;
import zwk.model.profile.MunicipalProfile;
import zwk.strategy.ValidationReport;

/** Runs the three example programs so that they cannot rot. */
class ExampleProgramsTest {

  private static Path data(String relative) {
    String dir = System.getProperty("zwk.data.dir");
    Path p = Path.of(dir == null ? "zwk.data.dir-not-set" : dir).resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new AssertionError("official data file missing: " + p);
    }
    return p;
  }

  @Test
  void vendorValidationPrintsGermanFindings() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationReport report = VendorValidation.run(null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(report.hasErrors(), "the sample's fourth measure lacks end date and budget");
    assertTrue(out.startsWith("Barleben: " + report.findings().size() + " Befunde"), out);
    assertTrue(out.contains("[Fehler]") && out.contains("/plan/measures/3/budget"), out);
    assertTrue(out.contains("Was tun: "), out);
  }

  @Test
  void researcherIndicatorsReproduceTheOfficialQuotients() {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    var table = ResearcherIndicators.run(data("genesis/12411-02-03-5-B_kreise_2018.csv"), csv);
    String text = csv.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("region_key,region_name,date,youth_ratio,old_age_ratio,median_age\n"), text.substring(0, 80));
    // official 12411-08-01-4-B: Flensburg 29,1 / 32,5; München 27,0 / 27,2
    assertTrue(text.contains("01001,\"Flensburg, Kreisfreie Stadt\",2018-12-31,29.1,32.5,"), text.substring(0, 300));
    assertTrue(text.contains("09162,\"München, Landeshauptstadt\",2018-12-31,27.0,27.2,"));
    // 401 current + 73 historical Kreise with 5-digit keys in the file
    assertEquals(474, table.rows().size());
  }

  @Test
  void municipalityReportWritesProfileAndHtml(@TempDir Path dir) throws Exception {
    MunicipalProfile profile = MunicipalityReport.run(data("genesis/12411-02-03-5-B_kreise_2018.csv"), "3153", dir);
    assertEquals("03153", profile.regionKey().get());
    assertEquals(profile, ZwkJson.read(dir.resolve("profile.json"), MunicipalProfile.class));
    byte[] html = Files.readAllBytes(dir.resolve("profile.html"));
    String text = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html))
        .getDocumentElement().getTextContent();
    // official Altenquotient of Landkreis Goslar 2018: 47,9
    assertTrue(text.contains("Kommunalprofil Goslar, Landkreis") && text.contains("47,9"), text.substring(0, 200));
    assertTrue(text.contains("Niedersachsen"), "Land reference named");
  }
}
