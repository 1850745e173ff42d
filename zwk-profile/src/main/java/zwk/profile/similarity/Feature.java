// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.time.LocalDate;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.PopulationTable;

/**
 * One component of the profile vector: an id, German and English names, and a value per region key
 * (empty when the region has none, e.g. an indicator that is not computable or a density without
 * an area). Values are raw (in the indicator's unit); {@link Standardisation} makes them comparable.
 */
public interface Feature {

  /** Stable id, e.g. {@code old_age_ratio} or {@code log_density}. */
  String id();

  /** German name. */
  String germanName();

  /** English name. */
  String englishName();

  /** The value for a region, empty when there is none. */
  OptionalDouble value(String regionKey);

  /** The name in {@code locale} (English for {@code en}, German otherwise). */
  default String name(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishName() : germanName();
  }

  /** A population indicator (total population, one date) computed from the table. */
  static Feature of(PopulationIndicator indicator, PopulationTable table, LocalDate date) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(date, "date");
    return new Feature() {
      @Override
      public String id() {
        return indicator.id();
      }

      @Override
      public String germanName() {
        return indicator.germanName();
      }

      @Override
      public String englishName() {
        return indicator.englishName();
      }

      @Override
      public OptionalDouble value(String regionKey) {
        if (!table.hasRegion(regionKey)) {
          return OptionalDouble.empty();
        }
        IndicatorResult r = indicator.compute(PopulationSnapshot.of(table, regionKey, date), Sex.TOTAL);
        return r.isComputable() ? OptionalDouble.of(r.value()) : OptionalDouble.empty();
      }

      @Override
      public String toString() {
        return indicator.id();
      }
    };
  }

  /** A feature from values the caller computed (keys absent from the map have no value). */
  static Feature of(String id, String germanName, String englishName, Map<String, Double> values) {
    Objects.requireNonNull(id, "id");
    Map<String, Double> copy = Map.copyOf(values);
    for (Map.Entry<String, Double> e : copy.entrySet()) {
      if (!Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException("values[" + e.getKey() + "]: expected a finite number for feature " + id + ", got "
            + e.getValue());
      }
    }
    return new Feature() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String germanName() {
        return germanName;
      }

      @Override
      public String englishName() {
        return englishName;
      }

      @Override
      public OptionalDouble value(String regionKey) {
        Double v = copy.get(regionKey);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }
}
