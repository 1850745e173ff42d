// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import zwk.model.statistics.Sex;
import zwk.profile.population.PopulationTable;

/**
 * The outcome of a {@link CohortComponentProjection}: the population at the start and at the end of
 * each projected year, and each year's births, deaths and net migration by sex. Counts are
 * unrounded {@code double}s; {@link #toTable} gives whole persons.
 */
public final class ProjectionResult {
  private final List<Cohorts> populations;
  private final double[][] flows; // per year: births m/f, deaths m/f, migration m/f

  ProjectionResult(List<Cohorts> populations, double[][] flows) {
    this.populations = populations;
    this.flows = flows;
  }

  /** Number of projected years. */
  public int years() {
    return flows.length;
  }

  /** The population after {@code k} years ({@code k = 0}: the start population). */
  public Cohorts population(int k) {
    return populations.get(k);
  }

  /** The population at the end of the last year. */
  public Cohorts last() {
    return populations.get(populations.size() - 1);
  }

  /** All populations, start first. */
  public List<Cohorts> populations() {
    return populations;
  }

  /** Live births of projection year {@code year} (1 … {@link #years()}); {@link Sex#TOTAL}: both. */
  public double births(int year, Sex sex) {
    return flow(year, 0, sex);
  }

  /** Deaths of year {@code year}, including infants born in it. */
  public double deaths(int year, Sex sex) {
    return flow(year, 2, sex);
  }

  /** Net migration of year {@code year}. */
  public double netMigration(int year, Sex sex) {
    return flow(year, 4, sex);
  }

  private double flow(int year, int base, Sex sex) {
    if (year < 1 || year > flows.length) {
      throw new IllegalArgumentException("year: expected 1.." + flows.length + ", got " + year);
    }
    double[] f = flows[year - 1];
    switch (Objects.requireNonNull(sex, "sex")) {
      case MALE:
        return f[base];
      case FEMALE:
        return f[base + 1];
      default:
        return f[base] + f[base + 1];
    }
  }

  /**
   * The populations as a table of one region with the dates {@code startDate} plus 0, 1, … years
   * (e.g. 31.12.2018, 31.12.2019, …). Every male and female cell is rounded half up to a whole person
   * ({@code Math.round}); the totals are the sums of the rounded cells.
   *
   * @throws IllegalArgumentException for a blank region key
   */
  public PopulationTable toTable(String region, LocalDate startDate) {
    List<LocalDate> dates = new ArrayList<>();
    for (int k = 0; k < populations.size(); k++) {
      dates.add(startDate.plusYears(k));
    }
    PopulationTable.Builder b = PopulationTable.builder(List.of(region), dates, populations.get(0).bands());
    for (int k = 0; k < populations.size(); k++) {
      Cohorts c = populations.get(k);
      for (int i = 0; i < c.size(); i++) {
        b.set(0, k, Sex.MALE, i, Math.round(c.count(Sex.MALE, i)));
        b.set(0, k, Sex.FEMALE, i, Math.round(c.count(Sex.FEMALE, i)));
      }
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "ProjectionResult[" + years() + " years, " + population(0).total() + " -> " + last().total() + "]";
  }
}
