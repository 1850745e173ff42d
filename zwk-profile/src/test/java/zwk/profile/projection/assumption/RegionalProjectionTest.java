// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.projection.CohortComponentProjection;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.Fertility;
import zwk.profile.projection.Migration;
import zwk.profile.projection.Mortality;
import zwk.profile.projection.ProjectionYear;
import zwk.profile.projection.SingleYears;

/** Every-region projection, consistency, residual migration and the single-year split. */
class RegionalProjectionTest {
  private static final BandSet BANDS = BandSet.singleYears(5); // 0..4, 5+
  private static final LocalDate BASE = LocalDate.of(2018, 12, 31);

  static ProjectionAssumptions assumptions() {
    List<Double> q = List.of(0.01, 0.002, 0.003, 0.01, 0.05, 0.3, 0.6, 1.0);
    return ProjectionAssumptions.builder().id("TEST").baseDate(BASE)
        .fertility(FertilityAssumption.builder().totalFertilityRate(List.of(YearValue.of(2019, 1.5))).scheduleFromAge(2)
            .schedulePer1000(List.of(1.0, 2.0, 1.0)).build())
        .mortality(MortalityAssumption.builder().lifeExpectancyMale(List.of(YearValue.of(2019, 5.0), YearValue.of(2030, 5.5)))
            .lifeExpectancyFemale(List.of(YearValue.of(2019, 5.2))).baseQxMale(q).baseQxFemale(q).build())
        .migration(MigrationAssumption.builder().netMigration(List.of(YearValue.of(2019, 600)))
            .profileMale(List.of(0.0, 0.1, 0.3, 0.2, -0.1, 0.0)).profileFemale(List.of(0.0, 0.1, 0.2, 0.2, 0.0, 0.0)).build())
        .build();
  }

  static PopulationTable table() {
    PopulationTable.Builder b = PopulationTable.builder(List.of("01", "02"), List.of(BASE), BANDS);
    b.setAll("01", BASE, Sex.MALE, 1000, 1000, 1000, 900, 800, 2000);
    b.setAll("01", BASE, Sex.FEMALE, 950, 980, 1000, 950, 900, 2500);
    b.setAll("02", BASE, Sex.MALE, 500, 400, 300, 300, 300, 1000);
    b.setAll("02", BASE, Sex.FEMALE, 480, 420, 310, 290, 320, 1200);
    return b.build();
  }

  @Test
  void migrationIsScaledByTheRegionsShareSoThatThePartsAddUpToTheWhole() {
    // the projection is linear when every flow is per capita or proportional to the start population:
    // the sum of the regions' projections equals the projection of their sum (a second computation)
    PopulationTable t = table();
    double reference = 3 * 19_800.0; // the regions hold a third of the reference population
    RegionalProjection r = RegionalProjection.projectAll(t, t.regions(), BASE, assumptions(), 2030, reference);
    Cohorts a = Cohorts.from(t, "01", BASE);
    Cohorts b = Cohorts.from(t, "02", BASE);
    assertEquals(19_800, a.total() + b.total(), 0);
    double[] m = new double[BANDS.size()];
    double[] f = new double[BANDS.size()];
    for (int x = 0; x < m.length; x++) {
      m[x] = a.count(Sex.MALE, x) + b.count(Sex.MALE, x);
      f[x] = a.count(Sex.FEMALE, x) + b.count(Sex.FEMALE, x);
    }
    Cohorts sum = Cohorts.of(BANDS, m, f);
    ProjectionAssumptions as = assumptions();
    var whole = CohortComponentProjection.project(sum, as.scaled(as.years(BANDS, 2030), BANDS, 2018, 1.0 / 3));
    for (int k = 0; k <= 12; k++) {
      for (int x = 0; x < BANDS.size(); x++) {
        for (Sex s : new Sex[] {Sex.MALE, Sex.FEMALE}) {
          assertEquals(whole.population(k).count(s, x), r.population("01", k).count(s, x) + r.population("02", k).count(s, x),
              1e-6, "year " + k + " band " + x);
        }
      }
    }
    // net migration of year 1: 600 / 3 · (share of 01 in the sum)
    assertEquals(600.0 / 3, whole.netMigration(1, Sex.TOTAL), 1e-9);
  }

  @Test
  void consistencyScalesThePartsToTheHigherLevelPerBand() {
    PopulationTable t = table();
    RegionalProjection parts = RegionalProjection.projectAll(t, t.regions(), BASE, assumptions(), 2020, 15_480);
    // a "higher level" that is 10 % above the parts' sum in every band: each part must rise by 10 %
    PopulationTable.Builder hb = PopulationTable.builder(List.of("DG"), List.of(BASE), BANDS);
    Cohorts a = Cohorts.from(t, "01", BASE);
    Cohorts b = Cohorts.from(t, "02", BASE);
    long[] hm = new long[BANDS.size()];
    long[] hf = new long[BANDS.size()];
    for (int x = 0; x < hm.length; x++) {
      hm[x] = Math.round(1.1 * (a.count(Sex.MALE, x) + b.count(Sex.MALE, x)));
      hf[x] = Math.round(1.1 * (a.count(Sex.FEMALE, x) + b.count(Sex.FEMALE, x)));
    }
    hb.setAll("DG", BASE, Sex.MALE, hm);
    hb.setAll("DG", BASE, Sex.FEMALE, hf);
    PopulationTable ht = hb.build();
    RegionalProjection higher = RegionalProjection.projectAll(ht, ht.regions(), BASE, assumptions(), 2020, 15_480);
    RegionalProjection adjusted = parts.consistentWith(higher, k -> "DG");
    for (int k = 0; k <= 2; k++) {
      for (int x = 0; x < BANDS.size(); x++) {
        double sum = adjusted.population("01", k).count(Sex.FEMALE, x) + adjusted.population("02", k).count(Sex.FEMALE, x);
        assertEquals(higher.population("DG", k).count(Sex.FEMALE, x), sum, 1e-6);
        // the parts keep their relative sizes
        assertEquals(parts.population("01", k).count(Sex.FEMALE, x) / parts.population("02", k).count(Sex.FEMALE, x),
            adjusted.population("01", k).count(Sex.FEMALE, x) / adjusted.population("02", k).count(Sex.FEMALE, x), 1e-9);
      }
    }
    // the start: 1.1 × the parts, rounded in the higher table, split back in proportion: 01, band 0, men:
    // 1650 (= round(1.1 · 1500)) · 1000 / 1500 = 1100
    assertEquals(1100, adjusted.population("01", 0).count(Sex.MALE, 0), 1e-9);
  }

  @Test
  void theResidualIsTheMigrationThatExplainsTheObservedChange() {
    // a second method: project one year with known migration M, read the result as "observed", and the
    // residual method must give M back (it inverts the projection step)
    qt().withExamples(50).forAll(lists().of(doubles().between(1000, 10_000)).ofSize(12),
        lists().of(doubles().between(-50, 50)).ofSize(12)).checkAssert((pop, mig) -> {
          double[] pm = new double[6];
          double[] pf = new double[6];
          double[] mm = new double[6];
          double[] mf = new double[6];
          for (int x = 0; x < 6; x++) {
            pm[x] = Math.round(pop.get(x)); // whole persons, as a table holds them
            pf[x] = Math.round(pop.get(6 + x));
            mm[x] = mig.get(x);
            mf[x] = mig.get(6 + x);
          }
          Cohorts start = Cohorts.of(BANDS, pm, pf);
          Mortality mort = Mortality.ofQx(new double[] {0.01, 0.002, 0.003, 0.01, 0.05, 0.4},
              new double[] {0.008, 0.002, 0.002, 0.008, 0.04, 0.35});
          Fertility fert = Fertility.ofRates(2, 300, 500, 200);
          var end = CohortComponentProjection.project(start, List.of(ProjectionYear.of(mort, fert, Migration.of(mm, mf))));
          LocalDate next = BASE.plusYears(1);
          PopulationTable.Builder b = PopulationTable.builder(List.of("X"), List.of(BASE, next), BANDS);
          b.setAll("X", BASE, Sex.MALE, round(pm));
          b.setAll("X", BASE, Sex.FEMALE, round(pf));
          b.setAll("X", next, Sex.MALE, round(end.last().counts(Sex.MALE)));
          b.setAll("X", next, Sex.FEMALE, round(end.last().counts(Sex.FEMALE)));
          ResidualMigration r = ResidualMigration.estimate(b.build(), "X", 2018, 2019,
              new double[][] {{end.births(1, Sex.MALE), end.births(1, Sex.FEMALE)}}, mort);
          double[] rm = r.counts(Sex.MALE);
          for (int x = 0; x < 6; x++) {
            // the table holds whole persons: rounding the end population moves the residual by up to 0.5
            assertEquals(mm[x], rm[x], 0.5 + 1e-9, "male " + x);
          }
        });
  }

  private static long[] round(double[] v) {
    long[] l = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      l[i] = Math.round(v[i]);
    }
    return l;
  }

  @Test
  void ageGroupsAreSplitUniformlyAndTheOpenGroupStays() {
    BandSet groups = BandSet.fromLowerBounds(0, 3, 6);
    PopulationTable.Builder b = PopulationTable.builder(List.of("X"), List.of(BASE), groups);
    b.setAll("X", BASE, Sex.MALE, 30, 60, 100);
    b.setAll("X", BASE, Sex.FEMALE, 3, 6, 10);
    Cohorts c = SingleYears.cohorts(b.build(), "X", BASE);
    assertEquals(BandSet.singleYears(6), c.bands());
    assertEquals(10, c.count(Sex.MALE, 0), 0);
    assertEquals(10, c.count(Sex.MALE, 2), 0);
    assertEquals(20, c.count(Sex.MALE, 5), 0);
    assertEquals(100, c.count(Sex.MALE, 6), 0);
    assertEquals(2, c.count(Sex.FEMALE, 4), 1e-12);
    assertEquals(190, c.total(Sex.MALE), 1e-9);
  }

  @Test
  void eachRegionWithItsOwnMigrationEqualsTheSharedOneAtTheSameLevel() {
    // second method: projectAll scales the national net migration by the region's share; projectEach with, for
    // each region, the national path times that share must give the same populations
    PopulationTable t = table();
    double reference = 3 * 19_800.0;
    ProjectionAssumptions as = assumptions();
    RegionalProjection shared = RegionalProjection.projectAll(t, t.regions(), BASE, as, 2025, reference);
    RegionalProjection each = RegionalProjection.projectEach(t, t.regions(), BASE, as, r -> {
      double share = Cohorts.from(t, r, BASE).total() / reference;
      return MigrationAssumption.builder().netMigration(List.of(YearValue.of(2019, 600 * share)))
          .profileMale(as.migration().profileMale()).profileFemale(as.migration().profileFemale()).build();
    }, 2025);
    for (String r : t.regions()) {
      for (int k = 0; k <= 7; k++) {
        for (int x = 0; x < BANDS.size(); x++) {
          assertEquals(shared.population(r, k).count(Sex.MALE, x), each.population(r, k).count(Sex.MALE, x), 1e-9);
          assertEquals(shared.population(r, k).count(Sex.FEMALE, x), each.population(r, k).count(Sex.FEMALE, x), 1e-9);
        }
      }
    }
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> RegionalProjection.projectEach(t, t.regions(), BASE, as, r -> {
          throw new IllegalArgumentException("no trend");
        }, 2025));
    assertEquals("region 01: no trend", e.getMessage());
  }
}
