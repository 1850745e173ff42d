// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import zwk.io.json.ZwkJson;
import zwk.io.projection.BundledAssumptions;
import zwk.model.statistics.Sex;
import zwk.profile.projection.assumption.Coordinated14;
import zwk.profile.projection.assumption.MortalityMethod;
import zwk.profile.projection.assumption.ProjectionAssumptions;
import zwk.profile.projection.assumption.YearValue;

/**
 * The bundled variants of zwk-io are exactly what the derivation gives on the real data, so that
 * every number in them has its source. Regenerate them with
 * {@code mvn -pl integration-tests -am test -Dzwk.bundle.write=true -Dtest=BundledAssumptionsTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class BundledAssumptionsTest {

  @Test
  void bundledVariantsAreTheDerivationOnTheRealData() throws IOException {
    Coordinated14.Inputs inputs = Coordinated14Inputs.derive(Coordinated14Inputs.germany());
    if (Boolean.getBoolean("zwk.bundle.write")) {
      // writes the sources; the class path picks them up on the next build
      for (String id : BundledAssumptions.ids()) {
        Path target = Path.of("../zwk-io/src/main/resources").resolve(BundledAssumptions.resource(id));
        Files.createDirectories(target.getParent());
        Files.writeString(target, ZwkJson.writeString(Coordinated14.variant(id, inputs)) + "\n", StandardCharsets.UTF_8);
      }
      return;
    }
    for (String id : BundledAssumptions.ids()) {
      ProjectionAssumptions derived = Coordinated14.variant(id, inputs);
      ProjectionAssumptions bundled = BundledAssumptions.find(id).orElseThrow();
      assertEquals(derived, bundled, id + " is out of date; regenerate it (see class comment)");
    }
  }

  @Test
  void headlineValuesAreThePublishedOnes() {
    // the footnote of 12421-0002: G2 1.55; L2 84.4 / 88.1 in 2060; W1 average 147,000 (2019-2060)
    ProjectionAssumptions a = BundledAssumptions.find("G2L2W1").orElseThrow();
    assertEquals(1.55, YearValue.at(a.fertility().totalFertilityRate(), 2040), 1e-12);
    assertEquals(84.4, YearValue.at(a.mortality().lifeExpectancyMale(), 2060), 1e-12);
    assertEquals(88.1, YearValue.at(a.mortality().lifeExpectancyFemale(), 2060), 1e-12);
    double sum = 0;
    for (int y = 2019; y <= 2060; y++) {
      sum += YearValue.at(a.migration().netMigration(), y);
    }
    assertEquals(147_000, sum / 42, 1e-6);
    // the life tables solved for 2060 have the target e0
    assertEquals(84.4, a.mortality().lifeTable(Sex.MALE, 2060).ex(0), 1e-3);
    assertEquals(88.1, a.mortality().lifeTable(Sex.FEMALE, 2060).ex(0), 1e-3);
    // the residual profile is negative at some ages (the point) and adds up to 1
    double total = 0;
    boolean negative = false;
    for (int x = 0; x < a.migration().profileMale().size(); x++) {
      total += a.migration().share(Sex.MALE, x) + a.migration().share(Sex.FEMALE, x);
      negative |= a.migration().share(Sex.MALE, x) < 0 || a.migration().share(Sex.FEMALE, x) < 0;
    }
    assertEquals(1, total, 1e-9);
    assertTrue(negative, "expected net out-migration at some ages of the 2016-2018 residuals");
    // the improvement pattern b_x, checked against an independent computation from the two CSV files (a numpy
    // script: ln(deaths / mean of the populations 31.12. t-1 and t) by age, np.polyfit slope over 2000-2018;
    // age 0 unsmoothed, 70 the mean of the raw values of 68..72, 85 the open band 85+)
    assertEquals(MortalityMethod.LOG_LINEAR_IMPROVEMENT, a.mortality().method());
    assertEquals(0.019005, a.mortality().improvementMale().get(0), 5e-7);
    assertEquals(0.019903, a.mortality().improvementMale().get(70), 5e-7);
    assertEquals(0.005585, a.mortality().improvementMale().get(85), 5e-7);
    assertEquals(0.005585, a.mortality().improvementMale().get(100), 5e-7);
    assertEquals(0.015361, a.mortality().improvementFemale().get(0), 5e-7);
    assertEquals(0.012390, a.mortality().improvementFemale().get(70), 5e-7);
    assertEquals(0.006469, a.mortality().improvementFemale().get(85), 5e-7);
    // G1 / G3 reach 1.4 / 1.7, W3's average is 311,000
    assertEquals(1.4, YearValue.at(BundledAssumptions.find("G1L3W1").orElseThrow().fertility().totalFertilityRate(), 2035), 1e-12);
    assertEquals(1.7, YearValue.at(BundledAssumptions.find("G3L3W3").orElseThrow().fertility().totalFertilityRate(), 2035), 1e-12);
  }
}
