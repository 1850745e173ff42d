// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;

/** Properties of the projection (QuickTheories). */
class ProjectionPropertiesTest {
  /** Ages 0 … 19 and the open band 20+. */
  private static final BandSet BANDS = BandSet.singleYears(20);
  private static final int N = BANDS.size();

  private static Gen<List<Double>> counts() {
    return lists().of(doubles().between(0, 100_000)).ofSize(N);
  }

  private static Gen<List<Double>> probabilities() {
    return lists().of(doubles().between(0, 1)).ofSize(N);
  }

  /** Men and women: one list of 2N counts, men first. */
  private static Gen<List<Double>> bothSexes() {
    return lists().of(doubles().between(0, 100_000)).ofSize(2 * N);
  }

  private static Cohorts cohorts(List<Double> both, double k) {
    return Cohorts.of(BANDS, scaled(both.subList(0, N), k), scaled(both.subList(N, 2 * N), k));
  }

  private static double[] arr(List<Double> l) {
    return l.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[] scaled(List<Double> l, double k) {
    return l.stream().mapToDouble(v -> v * k).toArray();
  }

  /** Rates per 1,000 for ages 12 … 18 (within the closed single years 1 … 19). */
  private static Fertility fertility(List<Double> rates) {
    return Fertility.ofRates(12, arr(rates.subList(0, 7)));
  }

  @Test
  void withoutDeathsBirthsAndMigrationCohortsMoveUpAndTheOpenBandAccumulates() {
    Mortality zero = Mortality.ofQx(new double[N], new double[N]);
    qt().forAll(counts(), counts(), integers().between(1, 30)).checkAssert((m, f, years) -> {
      Cohorts start = Cohorts.of(BANDS, arr(m), arr(f));
      ProjectionResult r = CohortComponentProjection.project(start, ProjectionYear.withoutMigration(zero, Fertility.none()), years);
      Cohorts end = r.last();
      for (Sex s : List.of(Sex.MALE, Sex.FEMALE)) {
        // expected by shifting the start counts by `years` ages, everything at or beyond 20 in the open band
        double[] p = start.counts(s);
        double[] expected = new double[N];
        for (int x = 0; x < N; x++) {
          expected[Math.min(x + years, N - 1)] += p[x];
        }
        for (int x = 0; x < N; x++) {
          assertEquals(expected[x], end.count(s, x), 1e-9 * (1 + expected[x]), s + " age " + x + " after " + years);
        }
        assertEquals(start.total(s), end.total(s), 1e-9 * start.total(s) + 1e-9);
      }
    });
  }

  @Test
  void resultsScaleLinearlyWithTheStartPopulation() {
    qt().forAll(bothSexes(), probabilities(), lists().of(doubles().between(0, 400)).ofSize(N), doubles().between(0.01, 100))
        .checkAssert((mf, q, rates, k) -> {
          Mortality mort = Mortality.ofQx(scaled(q, 0.5), scaled(q, 0.4));
          ProjectionYear y = ProjectionYear.withoutMigration(mort, fertility(rates));
          ProjectionResult a = CohortComponentProjection.project(cohorts(mf, 1), y, 5);
          ProjectionResult b = CohortComponentProjection.project(cohorts(mf, k), y, 5);
          assertEquals(k * a.last().total(), b.last().total(), 1e-9 * (1 + b.last().total()));
          assertEquals(k * a.births(5, Sex.TOTAL), b.births(5, Sex.TOTAL), 1e-9 * (1 + b.births(5, Sex.TOTAL)));
          for (int x = 0; x < N; x++) {
            assertEquals(k * a.last().count(Sex.FEMALE, x), b.last().count(Sex.FEMALE, x), 1e-9 * (1 + b.last().count(Sex.FEMALE, x)));
          }
        });
  }

  @Test
  void noNegativeCountsAndTheBalanceHolds() {
    AtomicInteger projected = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().forAll(bothSexes(), probabilities(), lists().of(doubles().between(0, 400)).ofSize(N),
        lists().of(doubles().between(-1_000, 1_000)).ofSize(N)).checkAssert((mf, q, rates, mig) -> {
          Mortality mort = Mortality.ofQx(scaled(q, 0.5), scaled(q, 0.45));
          double[] migM = arr(mig);
          double[] migF = scaled(mig, -0.5);
          ProjectionYear y = ProjectionYear.of(mort, fertility(rates), Migration.of(migM, migF));
          ProjectionResult r;
          try {
            r = CohortComponentProjection.project(cohorts(mf, 1), y, 3);
          } catch (IllegalArgumentException e) {
            // the only refusal: more net out-migrants than survivors in a band
            assertTrue(e.getMessage().contains("net out-migration"), e.getMessage());
            refused.incrementAndGet();
            return;
          }
          projected.incrementAndGet();
          for (int k = 1; k <= 3; k++) {
            Cohorts c = r.population(k);
            for (int x = 0; x < N; x++) {
              assertTrue(c.count(Sex.MALE, x) >= 0 && c.count(Sex.FEMALE, x) >= 0, "year " + k + " age " + x + ": " + c);
            }
            assertTrue(r.births(k, Sex.TOTAL) >= 0 && r.deaths(k, Sex.TOTAL) >= 0);
            // P(end) = P(start) + births − deaths + net migration
            double expected = r.population(k - 1).total() + r.births(k, Sex.TOTAL) - r.deaths(k, Sex.TOTAL)
                + r.netMigration(k, Sex.TOTAL);
            assertEquals(expected, c.total(), 1e-7 * (1 + Math.abs(expected)));
          }
        });
    // the property must mostly be exercised on projections, not on refusals
    assertTrue(projected.get() > refused.get(), projected + " projected, " + refused + " refused");
  }
}
