// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.vital.LifeTable;

/**
 * The age pattern of mortality improvement ({@link AssumptionSources#mortalityImprovement}) on counts
 * whose rates fall by hand-chosen factors, and the log-linear method ({@link LogLinearMortality})
 * against the proportional one as a second method.
 */
class MortalityImprovementTest {

  private static LocalDate d(int year) {
    return LocalDate.of(year, 12, 31);
  }

  /**
   * Population ages 0, 1, 2, 3+ on 31.12.1999–2002; deaths 2000–2002 by ages 0 … 3, 4+ (regrouped into
   * the population's 3+). Rates by hand: age 0 8,000 / 4,000 / 2,000 on 1,000,000 (halves: b = ln 2);
   * age 1 900 / 300 / 100 on 1,000,000 (thirds: ln 3); age 2 deaths 200 / 400 / 600 on the mean
   * population (1,000 + 3,000) / 2, (3,000 + 5,000) / 2, (5,000 + 7,000) / 2 = 2,000 / 4,000 / 6,000, a
   * constant 0.1 (b = 0; on the end-of-year population it would fall); 3+ deaths 1,350 + 1,350 / 450 +
   * 450 / 150 + 150 on 1,000,000 (ln 3).
   */
  @Test
  void ratesFallingByKnownFactorsGiveTheirLogarithms() {
    BandSet pb = BandSet.singleYears(3);
    PopulationTable.Builder p = PopulationTable.builder(List.of("R"), List.of(d(1999), d(2000), d(2001), d(2002)), pb);
    long[] age2 = {1000, 3000, 5000, 7000};
    for (int i = 0; i < 4; i++) {
      for (Sex s : new Sex[] {Sex.MALE, Sex.FEMALE}) {
        p.setAll("R", d(1999 + i), s, 1_000_000, 1_000_000, age2[i], 1_000_000);
      }
    }
    PopulationTable.Builder dt = PopulationTable.builder(List.of("R"), List.of(d(2000), d(2001), d(2002)), BandSet.singleYears(4));
    long[][] deaths = {{8000, 900, 200, 1350, 1350}, {4000, 300, 400, 450, 450}, {2000, 100, 600, 150, 150}};
    for (int i = 0; i < 3; i++) {
      for (Sex s : new Sex[] {Sex.MALE, Sex.FEMALE}) {
        dt.setAll("R", d(2000 + i), s, deaths[i]);
      }
    }
    double[] b = AssumptionSources.mortalityImprovement(dt.build(), p.build(), "R", Sex.MALE, 2000, 2002, 5);
    double l2 = Math.log(2);
    double l3 = Math.log(3);
    // age 0 as observed; ages 1 and 2 smoothed over ages 1..2 (the window x-2..x+2 within 1..open-1);
    // ages 3..5 the open band's value
    assertArrayEquals(new double[] {l2, l3 / 2, l3 / 2, l3, l3, l3}, b, 1e-9);
  }

  @Test
  void aZeroRateOrOneYearIsRefused() {
    BandSet pb = BandSet.singleYears(1);
    PopulationTable.Builder p = PopulationTable.builder(List.of("R"), List.of(d(1999), d(2000), d(2001)), pb);
    PopulationTable.Builder dt = PopulationTable.builder(List.of("R"), List.of(d(2000), d(2001)), pb);
    for (Sex s : new Sex[] {Sex.MALE, Sex.FEMALE}) {
      p.setAll("R", d(1999), s, 10, 10).setAll("R", d(2000), s, 10, 10).setAll("R", d(2001), s, 10, 10);
      dt.setAll("R", d(2000), s, 1, 0).setAll("R", d(2001), s, 1, 1);
    }
    PopulationTable pop = p.build();
    PopulationTable deaths = dt.build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AssumptionSources.mortalityImprovement(deaths, pop, "R", Sex.MALE, 2000, 2001, 1));
    assertTrue(e.getMessage().contains("2000: expected a positive death rate"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AssumptionSources.mortalityImprovement(deaths, pop, "R", Sex.MALE, 2001, 2001, 1));
  }

  private static final double[] BASE_QX = {0.004, 0.001, 0.002, 0.01, 0.05, 0.2, 1};

  @Test
  void aUniformPatternIsTheProportionalMethod() {
    // with b_x = c for every age, q_x exp(-k c) is the proportional change q_x K with K = exp(-k c):
    // both methods must give the same table for the same target
    double[] uniform = new double[BASE_QX.length];
    java.util.Arrays.fill(uniform, 0.02);
    LifeTable a = LogLinearMortality.solve(BASE_QX, uniform, Sex.FEMALE, 6.0);
    LifeTable b = ProportionalMortality.solve(BASE_QX, Sex.FEMALE, 6.0);
    assertEquals(6.0, a.ex(0), 1e-4);
    for (int x = 0; x < BASE_QX.length - 1; x++) {
      assertEquals(b.qx(x), a.qx(x), 1e-9, "age " + x);
    }
  }

  @Test
  void agesWithoutImprovementKeepTheirMortality() {
    double[] pattern = {0.03, 0.03, 0.03, 0.03, 0, 0, 0};
    double target = LogLinearMortality.table(BASE_QX, pattern, Sex.MALE, 0).ex(0) + 0.01; // above the base table's e0
    LifeTable t = LogLinearMortality.solve(BASE_QX, pattern, Sex.MALE, target);
    assertEquals(target, t.ex(0), 1e-4);
    assertEquals(0.05, t.qx(4), 1e-15);
    assertEquals(0.2, t.qx(5), 1e-15);
    // the younger ages all fell by the same factor exp(-k 0.03)
    double factor = t.qx(1) / 0.001;
    assertTrue(factor < 1, "improvement lowers q_x");
    assertEquals(factor, t.qx(3) / 0.01, 1e-12);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LogLinearMortality.solve(BASE_QX, pattern, Sex.MALE, 50));
    assertTrue(e.getMessage().startsWith("lifeExpectancyMale: expected a target between"), e.getMessage());
  }

  @Test
  void theAssumptionChecksThePattern() {
    MortalityAssumption.Builder b = MortalityAssumption.builder().lifeExpectancyMale(List.of(YearValue.of(2019, 5.9)))
        .lifeExpectancyFemale(List.of(YearValue.of(2019, 6.0))).baseQxMale(AssumptionSources.list(BASE_QX))
        .baseQxFemale(AssumptionSources.list(BASE_QX));
    IllegalArgumentException proportionalWithPattern = assertThrows(IllegalArgumentException.class,
        () -> b.improvementMale(List.of(0.1)).build());
    assertTrue(proportionalWithPattern.getMessage().contains("expected none with method PROPORTIONAL"));
    IllegalArgumentException wrongLength = assertThrows(IllegalArgumentException.class,
        () -> b.method(MortalityMethod.LOG_LINEAR_IMPROVEMENT).improvementMale(List.of(0.1)).improvementFemale(List.of(0.1)).build());
    assertTrue(wrongLength.getMessage().contains("expected 7 ages"), wrongLength.getMessage());
    double[] pattern = {0.03, 0.03, 0.03, 0.03, 0, 0, 0};
    MortalityAssumption m = b.improvementMale(AssumptionSources.list(pattern)).improvementFemale(AssumptionSources.list(pattern))
        .build();
    assertEquals(0.05, m.lifeTable(Sex.MALE, 2019).qx(4), 1e-15);
    assertEquals(6.0, m.lifeTable(Sex.FEMALE, 2030).ex(0), 1e-4);
  }
}
