// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.projection.CohortComponentProjection;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.ProjectionYear;
import zwk.profile.projection.SingleYears;

/**
 * Projections of many regions in one call: every region of a table from its own start population
 * (split to single years where the table has age groups, {@link SingleYears}), with the fertility
 * and mortality of the national assumptions and their net migration scaled by the region's share of
 * the reference population: {@code M_region(t) = M(t) · P_region(start) / P_reference(start)}, the
 * same age-sex profile. Year {@code k} of a region is {@link #population(String, int)} with
 * {@code k = 0} the start.
 *
 * <p>{@link #consistentWith} makes the parts add up to a higher-level projection: for every year,
 * sex and band, each part is multiplied by {@code higher / Σ parts} of its parent (proportional
 * adjustment, <em>Top-down-Abstimmung</em>), so that the parts keep their relative sizes and their sum
 * equals the higher level exactly.
 */
public final class RegionalProjection {
  private final LocalDate startDate;
  private final Map<String, List<Cohorts>> byRegion;

  private RegionalProjection(LocalDate startDate, Map<String, List<Cohorts>> byRegion) {
    this.startDate = startDate;
    this.byRegion = byRegion;
  }

  /**
   * Projects {@code regions} of {@code table} from {@code startDate} to 31.12.{@code toYear}.
   *
   * @param referencePopulation the population the assumptions' net migration refers to (Germany's
   *     when the assumptions are national), on the start date
   * @throws IllegalArgumentException when a region or the date is missing, a cell of a region's start
   *     population is not known (naming the region), the
   *     reference population is not positive, or a region's out-migration exceeds its population
   *     (naming the region)
   */
  public static RegionalProjection projectAll(PopulationTable table, List<String> regions, LocalDate startDate,
      ProjectionAssumptions assumptions, int toYear, double referencePopulation) {
    Objects.requireNonNull(assumptions, "assumptions");
    if (!(referencePopulation > 0)) {
      throw new IllegalArgumentException("referencePopulation: expected a population > 0, got " + referencePopulation);
    }
    BandSet bands = table.bands().isSingleYears() ? table.bands() : SingleYears.bandsFor(table.bands());
    List<ProjectionYear> national = assumptions.years(bands, startDate.getYear(), toYear);
    Map<String, List<Cohorts>> out = new LinkedHashMap<>();
    for (String region : regions) {
      try {
        Cohorts start = SingleYears.cohorts(table, region, startDate);
        double factor = start.total() / referencePopulation;
        out.put(region, CohortComponentProjection.project(start,
            assumptions.scaled(national, bands, startDate.getYear(), factor)).populations());
      } catch (IllegalArgumentException | IllegalStateException e) {
        // IllegalStateException: a cell of the start population is not known ('.', '/' …)
        throw new IllegalArgumentException("region " + region + ": " + e.getMessage(), e);
      }
    }
    return new RegionalProjection(startDate, out);
  }

  /**
   * Projects {@code regions} of {@code table} from {@code startDate} to 31.12.{@code toYear} with the
   * fertility and mortality of {@code assumptions} and, for every region, its own net migration
   * {@code migrationOf.apply(region)} at that assumption's level (not scaled; e.g. the region's trend,
   * {@link TrendVariant}). The years' life tables are solved once for all regions.
   *
   * @throws IllegalArgumentException as {@link #projectAll}, or when {@code migrationOf} fails for a
   *     region (naming it)
   */
  public static RegionalProjection projectEach(PopulationTable table, List<String> regions, LocalDate startDate,
      ProjectionAssumptions assumptions, Function<String, MigrationAssumption> migrationOf, int toYear) {
    Objects.requireNonNull(assumptions, "assumptions");
    BandSet bands = table.bands().isSingleYears() ? table.bands() : SingleYears.bandsFor(table.bands());
    List<ProjectionYear> national = assumptions.years(bands, startDate.getYear(), toYear);
    Map<String, List<Cohorts>> out = new LinkedHashMap<>();
    for (String region : regions) {
      try {
        MigrationAssumption m = migrationOf.apply(region);
        Cohorts start = SingleYears.cohorts(table, region, startDate);
        List<ProjectionYear> own = new ArrayList<>(national.size());
        for (int k = 0; k < national.size(); k++) {
          own.add(national.get(k).withMigration(m.forYear(startDate.getYear() + 1 + k, bands, 1)));
        }
        out.put(region, CohortComponentProjection.project(start, own).populations());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException("region " + region + ": " + e.getMessage(), e);
      }
    }
    return new RegionalProjection(startDate, out);
  }

  /** The start date. */
  public LocalDate startDate() {
    return startDate;
  }

  /** The regions, in the order given. */
  public List<String> regions() {
    return List.copyOf(byRegion.keySet());
  }

  /** Number of projected years. */
  public int years() {
    return byRegion.isEmpty() ? 0 : byRegion.values().iterator().next().size() - 1;
  }

  /** The population of {@code region} after {@code k} years. */
  public Cohorts population(String region, int k) {
    List<Cohorts> l = byRegion.get(region);
    if (l == null) {
      throw new IllegalArgumentException("region: expected one of the projected regions, got '" + region + "'");
    }
    return l.get(k);
  }

  /**
   * The parts made consistent with {@code higher}: each region's parent ({@code parentOf}) must be a
   * region of {@code higher} with the same start date, years and bands. A band whose parts sum to 0
   * stays 0.
   *
   * @throws IllegalArgumentException when a parent is missing or the projections do not match
   */
  public RegionalProjection consistentWith(RegionalProjection higher, Function<String, String> parentOf) {
    if (!higher.startDate.equals(startDate) || higher.years() != years()) {
      throw new IllegalArgumentException("higher: expected a projection from " + startDate + " over " + years()
          + " years, got " + higher.startDate + " over " + higher.years());
    }
    Map<String, List<String>> children = new LinkedHashMap<>();
    for (String r : byRegion.keySet()) {
      String p = parentOf.apply(r);
      if (!higher.byRegion.containsKey(p)) {
        throw new IllegalArgumentException("region " + r + ": expected its parent '" + p + "' in the higher-level projection, got "
            + higher.regions());
      }
      children.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
    }
    Map<String, Cohorts[]> adjusted = new HashMap<>();
    for (String r : byRegion.keySet()) {
      adjusted.put(r, new Cohorts[years() + 1]);
    }
    for (Map.Entry<String, List<String>> e : children.entrySet()) {
      for (int k = 0; k <= years(); k++) {
        Cohorts whole = higher.population(e.getKey(), k);
        int n = whole.size();
        double[][] sum = new double[2][n];
        for (String r : e.getValue()) {
          Cohorts c = population(r, k);
          if (c.size() != n) {
            throw new IllegalArgumentException("region " + r + ": expected the " + n + " bands of " + e.getKey() + ", got " + c.size());
          }
          for (int x = 0; x < n; x++) {
            sum[0][x] += c.count(Sex.MALE, x);
            sum[1][x] += c.count(Sex.FEMALE, x);
          }
        }
        for (String r : e.getValue()) {
          Cohorts c = population(r, k);
          double[] m = new double[n];
          double[] f = new double[n];
          for (int x = 0; x < n; x++) {
            m[x] = sum[0][x] == 0 ? 0 : c.count(Sex.MALE, x) * whole.count(Sex.MALE, x) / sum[0][x];
            f[x] = sum[1][x] == 0 ? 0 : c.count(Sex.FEMALE, x) * whole.count(Sex.FEMALE, x) / sum[1][x];
          }
          adjusted.get(r)[k] = Cohorts.of(c.bands(), m, f);
        }
      }
    }
    Map<String, List<Cohorts>> out = new LinkedHashMap<>();
    for (String r : byRegion.keySet()) {
      out.put(r, List.of(adjusted.get(r)));
    }
    return new RegionalProjection(startDate, out);
  }
}
