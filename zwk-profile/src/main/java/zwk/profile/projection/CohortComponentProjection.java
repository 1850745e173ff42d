// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;

/**
 * Deterministic cohort-component projection by sex and single year of age in one-year steps. For
 * each year, with {@code P_x} the population aged {@code x} at the start (31.12. of the previous
 * year), {@code ω} the open band and each sex separately:
 *
 * <pre>
 *   E_{x+1} = P_x (1 − q_x)                      x = 0 … ω−2          (survivors, one year older)
 *   E_ω     = P_{ω−1} (1 − q_{ω−1}) + P_ω (1 − q_ω)                   (open band: survivors stay)
 *   E_x    += M_x                                x = 1 … ω            (net migration at the end)
 *   B       = Σ_a f_a / 1000 · (F_a(start) + F_a(end)) / 2           (women: mean of start and end)
 *   B_boys  = B · r / (100 + r),  B_girls = B · 100 / (100 + r)
 *   E_0     = B_s · s_B,s + M_0                                       (s_B = L_0 / l_0)
 * </pre>
 *
 * Here {@code q_x} is the one-year death probability of band {@code x} ({@link Mortality}: plain
 * {@code q_x}, or {@code 1 − L_{x+1}/L_x} from a life table), {@code f_a} the rates of
 * {@link Fertility}, {@code r} the sex ratio at birth, {@code M_x} the net migrants of
 * {@link Migration}, {@code s_B} the survival of births. Deaths of the year are {@code Σ P_x q_x + B_s (1 − s_B,s)}; the accounting identity
 * {@code P(end) = P(start) + births − deaths + net migration} holds exactly (up to floating point).
 * Counts stay {@code double} throughout; nothing is rounded between steps.
 */
public final class CohortComponentProjection {
  private CohortComponentProjection() {}

  /**
   * Projects {@code start} over {@code years.size()} years, year {@code k} with the assumptions
   * {@code years.get(k − 1)}.
   *
   * @throws IllegalArgumentException when an assumption does not fit the start population's bands
   *     (naming the year, the parameter and both sizes), a fertility age lies outside the closed
   *     single years {@code 1 … ω−1}, or a net out-migration exceeds the survivors of a band
   */
  public static ProjectionResult project(Cohorts start, List<ProjectionYear> years) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(years, "years");
    BandSet bands = start.bands();
    int n = bands.size();
    List<Cohorts> pops = new ArrayList<>(years.size() + 1);
    double[][] flows = new double[years.size()][6];
    pops.add(start);
    Cohorts current = start;
    for (int k = 0; k < years.size(); k++) {
      ProjectionYear y = Objects.requireNonNull(years.get(k), "years[" + k + "]");
      check(y, n, k + 1, bands);
      current = step(current, y, k + 1, flows[k]);
      pops.add(current);
    }
    return new ProjectionResult(Collections.unmodifiableList(pops), flows);
  }

  /** Projects {@code start} over {@code count} years with the same assumptions every year. */
  public static ProjectionResult project(Cohorts start, ProjectionYear everyYear, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count: expected a number of years >= 0, got " + count);
    }
    return project(start, Collections.nCopies(count, Objects.requireNonNull(everyYear, "everyYear")));
  }

  private static void check(ProjectionYear y, int n, int year, BandSet bands) {
    if (y.mortality().size() != n) {
      throw new IllegalArgumentException("year " + year + ": mortality: expected death probabilities for the " + n + " bands " + bands
          + " of the start population, got " + y.mortality().size());
    }
    if (!y.migration().isNone() && y.migration().size() != n) {
      throw new IllegalArgumentException("year " + year + ": migration: expected net migrants for the " + n + " bands " + bands
          + " of the start population, got " + y.migration().size());
    }
    Fertility f = y.fertility();
    if (f.toAge() >= f.fromAge() && f.toAge() > n - 2) {
      throw new IllegalArgumentException("year " + year + ": fertility: expected rates for single years within 1.." + (n - 2)
          + " (below the open band " + bands.band(n - 1) + "), got ages " + f.fromAge() + ".." + f.toAge());
    }
  }

  /** One year; {@code flow} receives births m/f, deaths m/f, net migration m/f. */
  private static Cohorts step(Cohorts p, ProjectionYear y, int year, double[] flow) {
    int n = p.size();
    int w = n - 1;
    Mortality mort = y.mortality();
    Migration mig = y.migration();
    double[][] end = new double[2][];
    Sex[] sexes = {Sex.MALE, Sex.FEMALE};
    for (int s = 0; s < 2; s++) {
      Sex sex = sexes[s];
      double[] start = p.raw(sex);
      double[] q = mort.raw(sex);
      double[] e = new double[n];
      double deaths = 0;
      for (int x = 0; x < w; x++) {
        e[x + 1] = start[x] * (1 - q[x]);
        deaths += start[x] * q[x];
      }
      e[w] += start[w] * (1 - q[w]);
      deaths += start[w] * q[w];
      double migrants = 0;
      if (!mig.isNone()) {
        for (int x = 1; x < n; x++) {
          double m = mig.count(sex, x);
          e[x] += m;
          migrants += m;
          if (e[x] < 0) {
            throw new IllegalArgumentException("year " + year + ": migration." + sex.name().toLowerCase(java.util.Locale.ROOT) + "["
                + x + "]: net out-migration " + (-m) + " exceeds the " + (e[x] - m) + " survivors of band " + p.bands().band(x));
          }
        }
      }
      end[s] = e;
      flow[2 + s] = deaths;
      flow[4 + s] = migrants;
    }
    Fertility f = y.fertility();
    double[] womenStart = p.raw(Sex.FEMALE);
    double births = 0;
    for (int a = f.fromAge(); a <= f.toAge(); a++) {
      births += f.ratePer1000(a) / 1000 * (womenStart[a] + end[1][a]) / 2;
    }
    double boys = births * f.boysShare();
    double girls = births - boys;
    double[] bornBySex = {boys, girls};
    for (int s = 0; s < 2; s++) {
      double sb = mort.birthSurvival(sexes[s]);
      double m0 = mig.count(sexes[s], 0);
      end[s][0] = bornBySex[s] * sb + m0;
      if (end[s][0] < 0) {
        throw new IllegalArgumentException("year " + year + ": migration." + sexes[s].name().toLowerCase(java.util.Locale.ROOT)
            + "[0]: net out-migration " + (-m0) + " exceeds the " + (bornBySex[s] * sb) + " surviving births");
      }
      flow[s] = bornBySex[s];
      flow[2 + s] += bornBySex[s] * (1 - sb);
      flow[4 + s] += m0;
    }
    return Cohorts.ofTrusted(p.bands(), end[0], end[1]);
  }
}
