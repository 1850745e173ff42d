// SPDX-License-Identifier: Apache-2.0
package zwk.io.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.json.DocumentFormats;
import zwk.io.json.ZwkFormatException;
import zwk.io.json.UnsupportedDocumentException;
import zwk.io.json.ZwkJson;
import zwk.profile.projection.assumption.MortalityMethod;
import zwk.profile.projection.assumption.ProjectionAssumptions;
import zwk.profile.projection.assumption.YearValue;

/** The {@code zwk.projection-assumptions} document: bundled variants, round trip, located errors. */
class ProjectionAssumptionsJsonTest {

  private static final String MINIMAL = """
      {"format":"zwk.projection-assumptions","version":2,"id":"MINI","baseDate":"2018-12-31",
       "fertility":{"totalFertilityRate":[{"year":2019,"value":1.5}],"scheduleFromAge":20,"schedulePer1000":[1,2,1]},
       "mortality":{"lifeExpectancyMale":[{"year":2019,"value":3.5}],"lifeExpectancyFemale":[{"year":2019,"value":3.6}],
                    "baseQxMale":[0.01,0.1,1],"baseQxFemale":[0.01,0.1,1]},
       "migration":{"netMigration":[{"year":2019,"value":-10}],"profileMale":[0.5,-0.5,1],"profileFemale":[0,0,0]}}
      """;

  @Test
  void everyBundledVariantLoadsAndRoundTrips() {
    assertEquals(11, BundledAssumptions.ids().size());
    for (String id : BundledAssumptions.ids()) {
      ProjectionAssumptions a = BundledAssumptions.find(id).orElseThrow();
      assertEquals(id, a.id());
      assertEquals(a, ZwkJson.read(ZwkJson.writeString(a), ProjectionAssumptions.class), id);
      assertEquals(101, a.mortality().baseQxMale().size(), "life table ages 0..100");
    }
    assertTrue(BundledAssumptions.find("G9L9W9").isEmpty());
  }

  @Test
  void aMinimalDocumentLoadsWithDefaults() {
    ProjectionAssumptions a = ZwkJson.read(MINIMAL, ProjectionAssumptions.class);
    assertEquals(105.0, a.fertility().sexRatioAtBirth(), 0);
    assertEquals(0.0, a.fertility().timingShiftPerYear(), 0);
    assertEquals(List.of(YearValue.of(2019, -10)), a.migration().netMigration());
    assertEquals(ZwkJson.detectFormat(MINIMAL).orElseThrow(), DocumentFormats.PROJECTION_ASSUMPTIONS);
  }

  @Test
  void version1IsMigratedToTheProportionalMethod() {
    // version 1 knew only the proportional method; the migration says so and the result is version 2
    String v1 = MINIMAL.replace("\"version\":2", "\"version\":1");
    ProjectionAssumptions a = ZwkJson.read(v1, ProjectionAssumptions.class);
    assertEquals(MortalityMethod.PROPORTIONAL, a.mortality().method());
    assertEquals(2, DocumentFormats.PROJECTION_ASSUMPTIONS.version());
    assertTrue(ZwkJson.writeString(a).matches("(?s).*\"version\"\\s*:\\s*2,.*"), ZwkJson.writeString(a));
    // a version 1 document cannot carry an improvement pattern (version 1 had no such property)
    String v1WithPattern = v1.replace("\"baseQxFemale\":[0.01,0.1,1]}",
        "\"baseQxFemale\":[0.01,0.1,1],\"improvementMale\":[0.02,0.02,0.01],\"improvementFemale\":[0.02,0.02,0.01]}");
    ZwkFormatException e = assertThrows(ZwkFormatException.class, () -> ZwkJson.read(v1WithPattern, ProjectionAssumptions.class));
    assertEquals("/mortality", e.pointer());
    assertTrue(e.getMessage().contains("expected none with method"), e.getMessage());
  }

  @Test
  void version2CarriesTheImprovementPattern() {
    String v2 = MINIMAL.replace("\"baseQxFemale\":[0.01,0.1,1]}",
        "\"baseQxFemale\":[0.01,0.1,1],\"method\":\"LOG_LINEAR_IMPROVEMENT\",\"improvementMale\":[0.02,0.02,0.01],"
            + "\"improvementFemale\":[0.03,0.02,0.01]}");
    ProjectionAssumptions a = ZwkJson.read(v2, ProjectionAssumptions.class);
    assertEquals(MortalityMethod.LOG_LINEAR_IMPROVEMENT, a.mortality().method());
    assertEquals(List.of(0.03, 0.02, 0.01), a.mortality().improvementFemale());
    assertEquals(a, ZwkJson.read(ZwkJson.writeString(a), ProjectionAssumptions.class));
    String unknownMethod = v2.replace("LOG_LINEAR_IMPROVEMENT", "LEE_CARTER");
    ZwkFormatException e = assertThrows(ZwkFormatException.class, () -> ZwkJson.read(unknownMethod, ProjectionAssumptions.class));
    assertEquals("/mortality/method", e.pointer());
    String v3 = MINIMAL.replace("\"version\":2", "\"version\":3");
    assertThrows(UnsupportedDocumentException.class, () -> ZwkJson.read(v3, ProjectionAssumptions.class));
  }

  @Test
  void aBadValueIsLocatedByPointerLineAndColumn() {
    String bad = MINIMAL.replace("\"schedulePer1000\":[1,2,1]", "\"schedulePer1000\":[1,-2,1]");
    ZwkFormatException e = assertThrows(ZwkFormatException.class, () -> ZwkJson.read(bad, ProjectionAssumptions.class));
    assertEquals("/fertility/schedulePer1000/1", e.pointer());
    assertEquals(2, e.line()); // the fertility line of the text block
    assertTrue(e.found().contains("-2.0"), e.found());
  }

  @Test
  void aMissingPartIsNamed() {
    String missing = MINIMAL.replace("\"scheduleFromAge\":20,", "");
    ZwkFormatException e = assertThrows(ZwkFormatException.class, () -> ZwkJson.read(missing, ProjectionAssumptions.class));
    assertEquals("/fertility/scheduleFromAge", e.pointer());
  }

  @Test
  void resolveTakesAnIdOrAFile(@TempDir Path dir) throws Exception {
    assertEquals("G2L2W1", BundledAssumptions.resolve("G2L2W1").id());
    Path f = dir.resolve("mini.json");
    Files.writeString(f, MINIMAL);
    assertEquals("MINI", BundledAssumptions.resolve(f.toString()).id());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BundledAssumptions.resolve("G4L2W1"));
    assertTrue(e.getMessage().startsWith("assumptions: expected a bundled variant (G2L2W1, "), e.getMessage());
  }
}
