// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.projection.Fertility;
import zwk.profile.projection.Migration;
import zwk.profile.vital.InfantSeparation;
import zwk.profile.vital.LifeTable;

/** The assumption types against hand computations. */
class AssumptionsTest {

  @Test
  void pathsInterpolateLinearlyAndStayConstantOutside() {
    List<YearValue> p = List.of(YearValue.of(2019, 400), YearValue.of(2026, 120));
    assertEquals(400, YearValue.at(p, 2010), 0);
    assertEquals(400, YearValue.at(p, 2019), 0);
    assertEquals(400 - 280.0 * 3 / 7, YearValue.at(p, 2022), 1e-9); // 3 of 7 years down from 400 to 120
    assertEquals(120, YearValue.at(p, 2026), 0);
    assertEquals(120, YearValue.at(p, 2060), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> YearValue.checkPath(List.of(YearValue.of(2020, 1), YearValue.of(2020, 2)), "totalFertilityRate", 0));
    assertEquals("totalFertilityRate[1]: expected a year after 2020, got 2020", e.getMessage());
  }

  private static FertilityAssumption fertility(double shift) {
    return FertilityAssumption.builder().totalFertilityRate(List.of(YearValue.of(2019, 2.0))).scheduleFromAge(20)
        .schedulePer1000(List.of(1.0, 2.0, 1.0)).timingShiftPerYear(shift).build();
  }

  @Test
  void fertilityScheduleIsScaledToTheYearsTfr() {
    // shape 1:2:1 at ages 20..22, TFR 2 → 2000 per 1,000 women in all, split 500 / 1000 / 500
    Fertility f = fertility(0).forYear(2020, 2018, 89);
    assertEquals(20, f.fromAge());
    assertEquals(500, f.ratePer1000(20), 1e-9);
    assertEquals(1000, f.ratePer1000(21), 1e-9);
    assertEquals(500, f.ratePer1000(22), 1e-9);
    assertEquals(2.0, f.totalFertilityRate(), 1e-12);
    assertEquals(105.0, f.sexRatioAtBirth(), 0);
  }

  @Test
  void aTimingShiftMovesTheScheduleAndKeepsTheTfr() {
    // 0.25 years of age per year, 2 years after the base: the shape moved by 0.5 years;
    // at age a the shape is s(a − 0.5): 20 → 0.5·s(20) = 0.5, 21 → (1 + 2)/2 = 1.5, 22 → 1.5, 23 → 0.5 (sum 4)
    Fertility f = fertility(0.25).forYear(2020, 2018, 89);
    assertEquals(250, f.ratePer1000(20), 1e-9);
    assertEquals(750, f.ratePer1000(21), 1e-9);
    assertEquals(750, f.ratePer1000(22), 1e-9);
    assertEquals(250, f.ratePer1000(23), 1e-9);
    assertEquals(2.0, f.totalFertilityRate(), 1e-12);
  }

  @Test
  void proportionalMortalityReachesTheTargetWithOneFactor() {
    double[] base = {0.004, 0.001, 0.01, 0.05, 0.2, 1.0};
    LifeTable t = ProportionalMortality.solve(base, Sex.FEMALE, 4.5);
    assertEquals(4.5, t.ex(0), 1e-4);
    double k = t.qx(0) / base[0];
    for (int x = 0; x < base.length - 1; x++) {
      assertEquals(k * base[x], t.qx(x), 1e-15, "one factor for every age, age " + x);
    }
    // e0 by hand for that k: l_x, L_x = l_x − d_x/2 (a0 for age 0), open age L = l/2 (q = 1)
    double a0 = InfantSeparation.andreevKingkade(Sex.FEMALE, k * base[0]);
    double l = 1;
    double sum = 0;
    for (int x = 0; x < base.length - 1; x++) {
      double d = l * k * base[x];
      sum += x == 0 ? l - (1 - a0) * d : l - d / 2;
      l -= d;
    }
    sum += l / 2;
    assertEquals(4.5, sum, 1e-4);
    // k = 8 (the upper bound of the search) still leaves e0 above 0.1 years: unreachable, and said so
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProportionalMortality.solve(base, Sex.MALE, 0.1));
    assertEquals("lifeExpectancyMale: expected a target the base table can reach by proportional change, got 0.1", e.getMessage());
  }

  @Test
  void migrationProfileMayBeNegativeAndTheOpenAgesAreSummed() {
    // shares: ages 0..3 (3 = open in the profile), men and women; sum = 0.1+0.4−0.1+0.1 + 0.1+0.3+0.05+0.05 = 1
    MigrationAssumption m = MigrationAssumption.builder().netMigration(List.of(YearValue.of(2019, 1000)))
        .profileMale(List.of(0.1, 0.4, -0.1, 0.1)).profileFemale(List.of(0.1, 0.3, 0.05, 0.05)).build();
    Migration y = m.forYear(2020, BandSet.singleYears(2), 0.5); // bands 0, 1, 2+; half the national total
    assertEquals(50, y.count(Sex.MALE, 0), 1e-9);
    assertEquals(200, y.count(Sex.MALE, 1), 1e-9);
    assertEquals(0, y.count(Sex.MALE, 2), 1e-9); // −0.1 + 0.1 at ages 2 and 3+
    assertEquals(150, y.count(Sex.FEMALE, 1), 1e-9);
    assertEquals(50, y.count(Sex.FEMALE, 2), 1e-9);
    assertEquals(500, y.total(), 1e-9);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MigrationAssumption.builder()
        .netMigration(List.of(YearValue.of(2019, 1))).profileMale(List.of(0.5)).profileFemale(List.of(-0.5)).build());
    assertEquals("profileMale: expected shares with a non-zero sum over both sexes, got 0.0", e.getMessage());
  }

  @Test
  void missingPartsAreNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FertilityAssumption.builder().scheduleFromAge(15).schedulePer1000(List.of(1.0)).build());
    assertEquals("totalFertilityRate: expected a value (a path), got none", e.getMessage());
    IllegalArgumentException q = assertThrows(IllegalArgumentException.class, () -> MortalityAssumption.builder()
        .lifeExpectancyMale(List.of(YearValue.of(2017, 78))).lifeExpectancyFemale(List.of(YearValue.of(2017, 83)))
        .baseQxMale(List.of(0.1, 1.2)).baseQxFemale(List.of(0.1, 1.0)).build());
    assertEquals("baseQxMale[1]: expected a finite number 0.0..1.0, got 1.2", q.getMessage());
  }

  @Test
  void coordinated14MigrationHasThePublishedAverage() {
    double[] q = new double[91];
    java.util.Arrays.fill(q, 0.01);
    q[90] = 1;
    double[] shares = new double[91];
    shares[25] = 0.5;
    Coordinated14.Inputs in = new Coordinated14.Inputs(q, q, "test", 15, new double[] {1, 1}, "test", 105, "test", shares, shares,
        "test", new double[0], new double[0], "none");
    for (String w : new String[] {"1", "2", "3"}) {
      MigrationAssumption m = Coordinated14.variant("G2L2W" + w, in).migration();
      double sum = 0;
      for (int y = 2019; y <= 2060; y++) {
        sum += YearValue.at(m.netMigration(), y);
      }
      double average = new double[] {147_000, 221_000, 311_000}[Integer.parseInt(w) - 1];
      assertEquals(average, sum / 42, 1e-6, "W" + w);
    }
    // W1 by hand: L = (42 · 147,000 − 4 · 399,700) / 38 = 4,575,200 / 38
    assertEquals(4_575_200.0 / 38, YearValue.at(Coordinated14.variant("G1L1W1", in).migration().netMigration(), 2030), 1e-6);
    assertThrows(IllegalArgumentException.class, () -> Coordinated14.variant("G4L2W1", in));
  }
}
