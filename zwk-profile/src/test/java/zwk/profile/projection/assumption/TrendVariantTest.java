// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.projection.CohortComponentProjection;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.Migration;
import zwk.profile.projection.ProjectionYear;

/** The trend variant carries a region's own observed net migration forward. */
class TrendVariantTest {
  private static final BandSet BANDS = BandSet.singleYears(5);

  @Test
  void theObservedMigrationIsFoundAndCarriedForward() {
    ProjectionAssumptions national = RegionalProjectionTest.assumptions();
    // "observed": 31.12.2017 → 2018 → 2019 made by the engine with the national fertility of each year, the
    // national mortality of 2019 (what the trend variant uses for its residual) and a known migration M
    double[] mm = {0, 30, -20, 10, -5, -15};
    double[] mf = {0, 25, -10, 5, 0, -10};
    Cohorts y2017 = Cohorts.of(BANDS, new double[] {1000, 1000, 1000, 900, 800, 2000},
        new double[] {950, 980, 1000, 950, 900, 2500});
    var mort = national.mortality().forYear(2019, BANDS);
    List<ProjectionYear> years = List.of(
        ProjectionYear.of(mort, national.fertility().forYear(2018, 2018, 4), Migration.of(mm, mf)),
        ProjectionYear.of(mort, national.fertility().forYear(2019, 2018, 4), Migration.of(mm, mf)));
    var observed = CohortComponentProjection.project(y2017, years);
    List<LocalDate> dates = List.of(LocalDate.of(2017, 12, 31), LocalDate.of(2018, 12, 31), LocalDate.of(2019, 12, 31));
    PopulationTable.Builder b = PopulationTable.builder(List.of("X"), dates, BANDS);
    for (int k = 0; k < 3; k++) {
      b.setAll("X", dates.get(k), Sex.MALE, round(observed.population(k).counts(Sex.MALE)));
      b.setAll("X", dates.get(k), Sex.FEMALE, round(observed.population(k).counts(Sex.FEMALE)));
    }
    ProjectionAssumptions trend = TrendVariant.derive(b.build(), "X", 2017, 2019, national);
    assertEquals("TREND-X", trend.id());
    assertEquals(LocalDate.of(2019, 12, 31), trend.baseDate());
    // total of M: men 30 − 20 + 10 − 5 − 15 = 0, women 25 − 10 + 5 + 0 − 10 = 10
    Migration m2030 = trend.migration().forYear(2030, BANDS, 1);
    assertEquals(10, m2030.total(), 1.5);
    for (int x = 1; x < 6; x++) {
      // the births of age 0 are estimated like the engine's, the other ages exactly up to whole-person rounding
      assertEquals(mm[x], m2030.count(Sex.MALE, x), 1.5, "male " + x);
      assertEquals(mf[x], m2030.count(Sex.FEMALE, x), 1.5, "female " + x);
    }
    assertEquals(national.fertility(), trend.fertility());
  }

  private static long[] round(double[] v) {
    long[] l = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      l[i] = Math.round(v[i]);
    }
    return l;
  }
}
