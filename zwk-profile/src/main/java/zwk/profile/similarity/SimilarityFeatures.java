// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.OpenBandAssumption;
import zwk.profile.indicator.PopulationChange;
import zwk.profile.population.CountResult;
import zwk.profile.population.PopulationTable;

/**
 * The documented default profile vector ({@code docs/indicators.md}, section Similarity):
 *
 * <ul>
 *   <li>age structure: {@code share_under_18}, {@code share_65_plus} (%);
 *   <li>dependency ratios: {@code youth_ratio}, {@code old_age_ratio} (Destatis bounds, per 100 aged 20–64);
 *   <li>{@code mean_age}, {@code median_age} (years);
 *   <li>{@code population_change_5y} (%), when the table holds the date five years earlier;
 *   <li>size: {@code log_population} = log<sub>10</sub>(population), from the table;
 *   <li>density: {@code log_density} = log<sub>10</sub>(population / area in km²), when areas are
 *       given (the GV-ISys register).
 * </ul>
 *
 * Size and density enter as logarithms because they span four orders of magnitude: a Kreis of
 * 50,000 and one of 100,000 inhabitants differ as much as one of 500,000 and one of 1,000,000.
 * Natural and migration balances are added by the caller where vital statistics exist
 * ({@link Feature#of(String, String, String, Map)}).
 */
public final class SimilarityFeatures {
  private SimilarityFeatures() {}

  /** The default vector for {@code date}, without density. */
  public static List<Feature> defaults(PopulationTable table, LocalDate date) {
    return defaults(table, date, Map.of());
  }

  /**
   * The default vector for {@code date}; {@code areaKm2} by region key adds {@code log_density} when
   * not empty.
   */
  public static List<Feature> defaults(PopulationTable table, LocalDate date, Map<String, BigDecimal> areaKm2) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(date, "date");
    List<Feature> l = new ArrayList<>();
    l.add(Feature.of(Indicators.shareUnder(18), table, date));
    l.add(Feature.of(Indicators.shareFrom(65), table, date));
    l.add(Feature.of(Indicators.youthRatio(AgeBounds.DESTATIS), table, date));
    l.add(Feature.of(Indicators.oldAgeRatio(AgeBounds.DESTATIS), table, date));
    l.add(Feature.of(Indicators.meanAge(OpenBandAssumption.DEFAULT), table, date));
    l.add(Feature.of(Indicators.medianAge(OpenBandAssumption.DEFAULT), table, date));
    LocalDate start = date.minusYears(5);
    if (table.dateIndex(start) >= 0) {
      l.add(populationChange(table, start, date));
    }
    l.add(logPopulation(table, date));
    if (!areaKm2.isEmpty()) {
      l.add(logDensity(table, date, areaKm2));
    }
    return List.copyOf(l);
  }

  /** {@code population_change_5y}: change in % between the two dates ({@link PopulationChange}). */
  public static Feature populationChange(PopulationTable table, LocalDate from, LocalDate to) {
    PopulationChange pc = new PopulationChange(to.getYear() - from.getYear());
    Map<String, Double> v = new HashMap<>();
    for (String k : table.regions()) {
      IndicatorResult r = pc.compute(table, k, from, to, Sex.TOTAL);
      if (r.isComputable()) {
        v.put(k, r.value());
      }
    }
    return Feature.of(pc.id(), pc.germanName(), pc.englishName(), v);
  }

  /** {@code log_population}: log<sub>10</sub> of the total population (none for 0 or unknown). */
  public static Feature logPopulation(PopulationTable table, LocalDate date) {
    Map<String, Double> v = new HashMap<>();
    for (String k : table.regions()) {
      OptionalDouble p = population(table, k, date);
      if (p.isPresent() && p.getAsDouble() > 0) {
        v.put(k, Math.log10(p.getAsDouble()));
      }
    }
    return Feature.of("log_population", "Einwohnerzahl (log10)", "Population (log10)", v);
  }

  /**
   * {@code log_density}: log<sub>10</sub>(population / area in km²); none where the area is absent
   * or 0 or the population unknown or 0.
   */
  public static Feature logDensity(PopulationTable table, LocalDate date, Map<String, BigDecimal> areaKm2) {
    Map<String, Double> v = new HashMap<>();
    for (String k : table.regions()) {
      BigDecimal a = areaKm2.get(k);
      OptionalDouble p = population(table, k, date);
      if (a != null && a.signum() > 0 && p.isPresent() && p.getAsDouble() > 0) {
        v.put(k, Math.log10(p.getAsDouble() / a.doubleValue()));
      }
    }
    return Feature.of("log_density", "Einwohner je km² (log10)", "Inhabitants per km² (log10)", v);
  }

  /**
   * Areas in km² by AGS from a register, for every Land, Regierungsbezirk, Kreis and Gemeinde: the
   * register's own area where it gives one, else the sum of its Gemeinden's areas (the CSV extract of
   * GV-ISys gives areas for Gemeinden only).
   */
  public static Map<String, BigDecimal> areas(zwk.model.region.MunicipalityRegister register) {
    Map<String, BigDecimal> summed = new HashMap<>();
    Map<String, BigDecimal> own = new HashMap<>();
    for (zwk.model.region.Municipality m : register.municipalities()) {
      if (m.ags().isEmpty() || m.areaKm2().isEmpty()) {
        continue;
      }
      own.put(m.ags().get().code(), m.areaKm2().get());
      if (m.level() == zwk.model.region.RegionLevel.MUNICIPALITY) {
        for (zwk.model.region.RegionLevel up : new zwk.model.region.RegionLevel[] {zwk.model.region.RegionLevel.DISTRICT,
            zwk.model.region.RegionLevel.GOVERNMENT_REGION, zwk.model.region.RegionLevel.STATE}) {
          m.ags().get().ancestor(up).ifPresent(a -> summed.merge(a.code(), m.areaKm2().get(), BigDecimal::add));
        }
      }
    }
    summed.putAll(own);
    return Map.copyOf(summed);
  }

  private static OptionalDouble population(PopulationTable t, String k, LocalDate date) {
    CountResult c = t.distribution(k, date, Sex.TOTAL).total();
    return c.isKnown() ? OptionalDouble.of(c.value()) : OptionalDouble.empty();
  }
}
