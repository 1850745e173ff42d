// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.vital.LifeTable;

/** The projection on a toy population whose two steps are computed by hand below. */
class CohortComponentProjectionTest {
  private static final double EPS = 1e-9;
  /** Ages 0, 1 and the open band 2+. */
  private static final BandSet B3 = BandSet.singleYears(2);

  private static Cohorts toyStart() {
    return Cohorts.of(B3, new double[] {100, 80, 50}, new double[] {90, 70, 60});
  }

  /** q_x m = 0.1, 0.2, 0.5 (2+); w = 0.05, 0.1, 0.4; a0 = 0.5; 500 births per 1,000 women aged 1; 100 boys per 100 girls. */
  private static ProjectionYear toyYear() {
    Mortality mort = Mortality.ofQx(new double[] {0.1, 0.2, 0.5}, new double[] {0.05, 0.1, 0.4}, 0.5, 0.5);
    Fertility fert = Fertility.ofRates(1, 500).withSexRatioAtBirth(100);
    Migration mig = Migration.of(new double[] {0, 10, 0}, new double[] {5, -7, 0});
    return ProjectionYear.of(mort, fert, mig);
  }

  @Test
  void twoStepsByHand() {
    ProjectionResult r = CohortComponentProjection.project(toyStart(), toyYear(), 2);
    // Year 1, men: E1 = 100·0.9 = 90, +10 migrants = 100; E2+ = 80·0.8 + 50·0.5 = 64 + 25 = 89.
    // Women: E1 = 90·0.95 = 85.5, −7 = 78.5; E2+ = 70·0.9 + 60·0.6 = 63 + 36 = 99.
    // Births: women aged 1, mean of start 70 and end 78.5 = 74.25; B = 500/1000 · 74.25 = 37.125,
    // 18.5625 boys and 18.5625 girls (ratio 100). Survival of births 1 − (1 − 0.5)·q0:
    // boys 18.5625·0.95 = 17.634375; girls 18.5625·0.975 = 18.0984375, +5 migrants = 23.0984375.
    Cohorts y1 = r.population(1);
    assertArrayEquals(new double[] {17.634375, 100, 89}, y1.counts(Sex.MALE), EPS);
    assertArrayEquals(new double[] {23.0984375, 78.5, 99}, y1.counts(Sex.FEMALE), EPS);
    assertEquals(37.125, r.births(1, Sex.TOTAL), EPS);
    // deaths m: 100·0.1 + 80·0.2 + 50·0.5 = 51, infants 18.5625·0.05 = 0.928125; w: 4.5 + 7 + 24 = 35.5, infants 0.4640625
    assertEquals(51.928125, r.deaths(1, Sex.MALE), EPS);
    assertEquals(35.9640625, r.deaths(1, Sex.FEMALE), EPS);
    assertEquals(10 + 5 - 7, r.netMigration(1, Sex.TOTAL), EPS);
    // Year 2, men: E1 = 17.634375·0.9 = 15.8709375, +10 = 25.8709375; E2+ = 100·0.8 + 89·0.5 = 124.5.
    // Women: E1 = 23.0984375·0.95 = 21.943515625, −7 = 14.943515625; E2+ = 78.5·0.9 + 99·0.6 = 70.65 + 59.4 = 130.05.
    // B = 0.5 · (78.5 + 14.943515625)/2 = 23.36087890625, 11.680439453125 per sex;
    // boys 11.680439453125·0.95 = 11.09641748046875; girls ·0.975 = 11.388428466796875, +5 = 16.388428466796875.
    Cohorts y2 = r.population(2);
    assertArrayEquals(new double[] {11.09641748046875, 25.8709375, 124.5}, y2.counts(Sex.MALE), EPS);
    assertArrayEquals(new double[] {16.388428466796875, 14.943515625, 130.05}, y2.counts(Sex.FEMALE), EPS);
    assertEquals(23.36087890625, r.births(2, Sex.TOTAL), EPS);
    assertEquals(322.849299072265625, y2.total(), EPS);
    // ages 1 and over: 25.8709375 + 124.5 + 14.943515625 + 130.05
    assertEquals(295.364453125, y2.sum(Sex.TOTAL, 1, -1), EPS);
  }

  @Test
  void exposureOfWomenIsTheMeanOfStartAndEnd() {
    // Only the women aged 1 bear children: 70 at the start. With q = 0 and 20 net female immigrants
    // at age 1, the end has 90 survivors of age 0 + 20 = 110, so the exposure is (70 + 110)/2 = 90
    // and the births 500/1000 · 90 = 45. The start-population convention would give 35, the end one 55.
    Mortality zero = Mortality.ofQx(new double[3], new double[3], 0.5, 0.5);
    ProjectionYear y = ProjectionYear.of(zero, Fertility.ofRates(1, 500), Migration.of(new double[3], new double[] {0, 20, 0}));
    ProjectionResult r = CohortComponentProjection.project(toyStart(), y, 1);
    assertEquals(45, r.births(1, Sex.TOTAL), EPS);
  }

  @Test
  void defaultSexRatioSplitsBirths105To100() {
    Mortality zero = Mortality.ofQx(new double[3], new double[3], 0.5, 0.5);
    Fertility f = Fertility.ofRates(1, 1000);
    assertEquals(105.0, f.sexRatioAtBirth());
    // women aged 1: start 70, end 90 (no deaths) → exposure 80 → 80 births: 80·105/205 boys, 80·100/205 girls
    ProjectionResult r = CohortComponentProjection.project(toyStart(), ProjectionYear.withoutMigration(zero, f), 1);
    assertEquals(80 * 105 / 205.0, r.births(1, Sex.MALE), EPS);
    assertEquals(80 * 100 / 205.0, r.births(1, Sex.FEMALE), EPS);
    assertEquals(80 * 105 / 205.0, r.population(1).count(Sex.MALE, 0), EPS); // q0 = 0: all survive
  }

  @Test
  void openBandKeepsItsSurvivors() {
    // q = 0 everywhere: the open band 2+ gets the 80 men of age 1 and keeps its own 50 → 130
    Mortality zero = Mortality.ofQx(new double[3], new double[3], 0.5, 0.5);
    Cohorts y1 = CohortComponentProjection.project(toyStart(), ProjectionYear.withoutMigration(zero, Fertility.none()), 1).last();
    assertArrayEquals(new double[] {0, 100, 130}, y1.counts(Sex.MALE), EPS);
    assertArrayEquals(new double[] {0, 90, 130}, y1.counts(Sex.FEMALE), EPS);
  }

  @Test
  void lifeTablesGiveSurvivalRatios() {
    // q = 0.1, 0.2, 0.5, 1 with a0 = 0.5: l = 100000, 90000, 72000, 36000; L0 = 100000 − 0.5·10000 = 95000,
    // L1 = 90000 − 9000 = 81000, L2 = 72000 − 18000 = 54000, L3 = 36000/2 = 18000 (q = 1);
    // T3 = 18000, T2 = 72000. Bands 0, 1, 2+: S0 = L1/L0 = 81/95, S1 = L2/L1 = 2/3, open S2+ = T3/T2 = 1/4;
    // births survive with L0/l0 = 0.95.
    LifeTable t = LifeTable.fromQx(new double[] {0.1, 0.2, 0.5, 1.0}, 0.5);
    Mortality m = Mortality.fromLifeTables(t, t, B3);
    assertEquals(1 - 81.0 / 95, m.deathProbability(Sex.MALE, 0), EPS);
    assertEquals(1 - 2.0 / 3, m.deathProbability(Sex.FEMALE, 1), EPS);
    assertEquals(0.75, m.deathProbability(Sex.MALE, 2), EPS);
    assertEquals(0.95, m.birthSurvival(Sex.FEMALE), EPS);
    // 100 men aged 0, 80 aged 1, 50 aged 2+, no births: 100·81/95 at age 1, 80·2/3 + 50/4 in 2+
    Cohorts y1 = CohortComponentProjection.project(toyStart(), ProjectionYear.withoutMigration(m, Fertility.none()), 1).last();
    assertArrayEquals(new double[] {0, 100 * 81.0 / 95, 80 * 2.0 / 3 + 12.5}, y1.counts(Sex.MALE), EPS);
    // open band at the table's last age 3: its own q3 = 1; S2 = L3/L2 = 1/3
    Mortality m4 = Mortality.fromLifeTables(t, t, BandSet.singleYears(3));
    assertEquals(1.0, m4.deathProbability(Sex.MALE, 3), EPS);
    assertEquals(2.0 / 3, m4.deathProbability(Sex.MALE, 2), EPS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Mortality.fromLifeTables(t, t, BandSet.singleYears(4)));
    assertEquals("male: expected a life table up to at least age 4 (the open band of the projection), got ages 0..3", e.getMessage());
  }

  @Test
  void infantSeparationByAndreevKingkade() {
    // men, q0 = 0.004 < 0.0226: a0 = 0.1493 − 2.0367·0.004 = 0.1411532; s_B = 1 − (1 − 0.1411532)·0.004 = 0.9965646128
    // women, q0 = 0.003 < 0.0170: a0 = 0.1490 − 2.0867·0.003 = 0.1427399; s_B = 1 − 0.8572601·0.003 = 0.9974282197
    Mortality m = Mortality.ofQx(new double[] {0.004, 1}, new double[] {0.003, 1});
    assertEquals(0.9965646128, m.birthSurvival(Sex.MALE), 1e-12);
    assertEquals(0.9974282197, m.birthSurvival(Sex.FEMALE), 1e-12);
  }

  @Test
  void roundedTableOnlyWhereDocumented() {
    ProjectionResult r = CohortComponentProjection.project(toyStart(), toyYear(), 2);
    PopulationTable t = r.toTable("09162000", LocalDate.of(2018, 12, 31));
    assertEquals(List.of(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 12, 31), LocalDate.of(2020, 12, 31)), t.dates());
    // year 2 (hand values above): m 11.096, 25.871, 124.5 → 11, 26, 125 (half up); w 16.388, 14.944, 130.05 → 16, 15, 130
    AgeDistribution m = t.distribution("09162000", LocalDate.of(2020, 12, 31), Sex.MALE);
    AgeDistribution tot = t.distribution("09162000", LocalDate.of(2020, 12, 31), Sex.TOTAL);
    assertEquals(List.of(11L, 26L, 125L), List.of(m.count(0), m.count(1), m.count(2)));
    assertEquals(List.of(27L, 41L, 255L), List.of(tot.count(0), tot.count(1), tot.count(2)));
    assertEquals(100, t.distribution("09162000", LocalDate.of(2018, 12, 31), Sex.MALE).count(0));
  }

  @Test
  void cohortsFromATableRefuseUnknownCells() {
    LocalDate d = LocalDate.of(2018, 12, 31);
    PopulationTable.Builder b = PopulationTable.builder(List.of("DG"), List.of(d), B3);
    b.setAll("DG", d, Sex.MALE, 1, 2, 3);
    b.setAll("DG", d, Sex.FEMALE, 4, 5, 6);
    Cohorts c = Cohorts.from(b.build(), "DG", d);
    assertArrayEquals(new double[] {5, 7, 9}, c.counts(Sex.TOTAL), EPS);
    PopulationTable.Builder u = PopulationTable.builder(List.of("DG"), List.of(d), B3);
    u.setAll("DG", d, Sex.MALE, 1, 2, 3);
    u.setAll("DG", d, Sex.FEMALE, 4, 5, 6);
    u.setState("DG", d, Sex.FEMALE, 1, ValueState.UNKNOWN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cohorts.from(u.build(), "DG", d));
    assertEquals("female[1]: expected a known count, got '.' (UNKNOWN)", e.getMessage());
    IllegalArgumentException grouped = assertThrows(IllegalArgumentException.class,
        () -> Cohorts.of(BandSet.fromLowerBounds(0, 5, 10), new double[3], new double[3]));
    assertEquals("bands: expected single years of age with an open top band (at least 0 and 1+), got [0-4, 5-9, 10+]",
        grouped.getMessage());
  }

  @Test
  void invalidInputsNameParameterAndValue() {
    assertMessage("qx.male[2]: expected a probability 0..1, got 1.2",
        () -> Mortality.ofQx(new double[] {0.1, 0.1, 1.2}, new double[3]));
    assertMessage("qx.female[0]: expected a probability 0..1, got -0.01",
        () -> Mortality.ofQx(new double[3], new double[] {-0.01, 0, 0}));
    assertMessage("qx.female: expected 3 values, got 2", () -> Mortality.ofQx(new double[3], new double[2]));
    assertMessage("qx.male[1]: expected a probability 0..1, got NaN", () -> Mortality.ofQx(new double[] {0, Double.NaN}, new double[2]));
    assertMessage("fertility rate for age 16: expected a number >= 0 per 1,000 women, got -1.0",
        () -> Fertility.ofRates(15, 2.0, -1.0));
    assertMessage("sexRatioAtBirth: expected boys per 100 girls > 0, got 0.0", () -> Fertility.none().withSexRatioAtBirth(0));
    assertMessage("fromAge: expected an age >= 1, got 0", () -> Fertility.ofRates(0, 1.0));
    assertMessage("male[1]: expected a finite number >= 0, got -3.0", () -> Cohorts.of(B3, new double[] {1, -3, 0}, new double[3]));
    assertMessage("female: expected 3 values, got 4", () -> Cohorts.of(B3, new double[3], new double[4]));
    assertMessage("migration.female[1]: expected a finite number, got Infinity",
        () -> Migration.of(new double[3], new double[] {0, Double.POSITIVE_INFINITY, 0}));
    Mortality m4 = Mortality.ofQx(new double[4], new double[4], 0.5, 0.5);
    assertMessage("year 1: mortality: expected death probabilities for the 3 bands [0, 1, 2+] of the start population, got 4",
        () -> CohortComponentProjection.project(toyStart(), ProjectionYear.withoutMigration(m4, Fertility.none()), 1));
    Mortality m3 = Mortality.ofQx(new double[3], new double[3], 0.5, 0.5);
    assertMessage("year 2: migration: expected net migrants for the 3 bands [0, 1, 2+] of the start population, got 2",
        () -> CohortComponentProjection.project(toyStart(), List.of(ProjectionYear.withoutMigration(m3, Fertility.none()),
            ProjectionYear.of(m3, Fertility.none(), Migration.of(new double[2], new double[2])))));
    assertMessage("year 1: fertility: expected rates for single years within 1..1 (below the open band 2+), got ages 1..2",
        () -> CohortComponentProjection.project(toyStart(), ProjectionYear.withoutMigration(m3, Fertility.ofRates(1, 10, 10)), 1));
    // 90 women aged 0 survive to age 1; a net out-migration of 100 would leave −10: refused, not cut to 0
    assertMessage("year 1: migration.female[1]: net out-migration 100.0 exceeds the 90.0 survivors of band 1",
        () -> CohortComponentProjection.project(toyStart(),
            ProjectionYear.of(m3, Fertility.none(), Migration.of(new double[3], new double[] {0, -100, 0})), 1));
    assertMessage("count: expected a number of years >= 0, got -1",
        () -> CohortComponentProjection.project(toyStart(), toyYear(), -1));
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
    assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
  }
}
