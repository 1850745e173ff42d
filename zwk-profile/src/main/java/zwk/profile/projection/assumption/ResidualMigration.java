// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.time.LocalDate;
import java.util.Objects;
import zwk.model.statistics.Sex;
import zwk.profile.population.PopulationTable;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.Mortality;

/**
 * Net migration by sex and single year of age estimated from observed population change by the
 * <em>residual method</em> (<em>Residualmethode</em>): what the survivors of the start population and
 * of the year's births do not explain must have moved. For a year from 31.12.{@code t−1} to
 * 31.12.{@code t}, each sex, open band {@code ω}, survival ratios {@code S_x = 1 − q_x} and birth
 * survival {@code s_B} of a {@link Mortality}:
 *
 * <pre>
 *   M_{x+1} = P_{x+1}(t) − P_x(t−1) · S_x                  x = 0 … ω−2
 *   M_ω     = P_ω(t) − P_{ω−1}(t−1) · S_{ω−1} − P_ω(t−1) · S_ω
 *   M_0     = P_0(t) − B_s(t) · s_B
 * </pre>
 *
 * This is the exact inverse of one {@link zwk.profile.projection.CohortComponentProjection} step
 * (migrants counted at the end of the year): projecting the start with these {@code M} gives the
 * observed end population. The residual also absorbs everything else the model leaves out (deaths
 * that differ from the life table, register corrections), which is why estimates are averaged over
 * several years. Values can be negative: more people leave than arrive at that age.
 */
public final class ResidualMigration {
  private final double[] male;
  private final double[] female;

  private ResidualMigration(double[] male, double[] female) {
    this.male = male;
    this.female = female;
  }

  /**
   * The mean annual residual of the years {@code fromYear+1 … toYear} of {@code region}: the table
   * must hold single years with an open top band on 31.12. of each of the years {@code fromYear …
   * toYear}.
   *
   * @param births live births by year ({@code births[k][0]} boys, {@code births[k][1]} girls of year
   *     {@code fromYear+1+k})
   * @param mortality the survival of each year (one for all years)
   * @throws IllegalArgumentException when a date or the region is missing, a cell is not known, the
   *     years are not increasing, or the births do not cover every year
   */
  public static ResidualMigration estimate(PopulationTable table, String region, int fromYear, int toYear,
      double[][] births, Mortality mortality) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(mortality, "mortality");
    if (toYear <= fromYear) {
      throw new IllegalArgumentException("toYear: expected a year after " + fromYear + ", got " + toYear);
    }
    if (births.length != toYear - fromYear) {
      throw new IllegalArgumentException("births: expected " + (toYear - fromYear) + " years, got " + births.length);
    }
    Cohorts prev = Cohorts.from(table, region, LocalDate.of(fromYear, 12, 31));
    int n = prev.size();
    if (mortality.size() != n) {
      throw new IllegalArgumentException("mortality: expected " + n + " bands, got " + mortality.size());
    }
    double[][] sum = new double[2][n];
    Sex[] sexes = {Sex.MALE, Sex.FEMALE};
    for (int t = fromYear + 1; t <= toYear; t++) {
      Cohorts next = Cohorts.from(table, region, LocalDate.of(t, 12, 31));
      for (int s = 0; s < 2; s++) {
        Sex sex = sexes[s];
        for (int x = 0; x < n - 2; x++) {
          sum[s][x + 1] += next.count(sex, x + 1) - prev.count(sex, x) * (1 - mortality.deathProbability(sex, x));
        }
        sum[s][n - 1] += next.count(sex, n - 1) - prev.count(sex, n - 2) * (1 - mortality.deathProbability(sex, n - 2))
            - prev.count(sex, n - 1) * (1 - mortality.deathProbability(sex, n - 1));
        sum[s][0] += next.count(sex, 0) - births[t - fromYear - 1][s] * mortality.birthSurvival(sex);
      }
      prev = next;
    }
    int years = toYear - fromYear;
    for (double[] v : sum) {
      for (int x = 0; x < n; x++) {
        v[x] /= years;
      }
    }
    return new ResidualMigration(sum[0], sum[1]);
  }

  /** Mean annual net migrants of {@code sex} ({@link Sex#MALE} or {@link Sex#FEMALE}) by band. */
  public double[] counts(Sex sex) {
    return (sex == Sex.MALE ? male : female).clone();
  }

  /** Mean annual net migration of both sexes and all ages. */
  public double total() {
    double s = 0;
    for (int x = 0; x < male.length; x++) {
      s += male[x] + female[x];
    }
    return s;
  }

  /** The counts divided by their total: an age-sex profile that adds up to 1 (shares may be negative). */
  public double[] shares(Sex sex) {
    double t = total();
    double[] v = counts(sex);
    for (int x = 0; x < v.length; x++) {
      v[x] /= t;
    }
    return v;
  }
}
