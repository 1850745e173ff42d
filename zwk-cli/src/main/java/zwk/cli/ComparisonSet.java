// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import zwk.io.register.RegisterReader;
import zwk.model.region.Ags;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.model.toolbox.SizeClass;
import zwk.profile.population.CountResult;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.similarity.Feature;
import zwk.profile.similarity.FeatureMatrix;
import zwk.profile.similarity.PeerFilters;
import zwk.profile.similarity.SimilarityFeatures;
import zwk.profile.similarity.SimilarityModel;
import zwk.profile.similarity.SizeClasses;

/**
 * The comparison set of a command: the regions of one level in the population file, their profile
 * vectors (zwk-profile's default set, or the features chosen), the similarity model, and what the
 * register says about them (name, type, size class).
 */
final class ComparisonSet {
  final PopulationInput input;
  final PopulationTable table;
  final LocalDate date;
  final RegionLevel level;
  final Optional<MunicipalityRegister> register;
  final SimilarityModel model;
  private final Map<String, Municipality> byKey;

  private ComparisonSet(PopulationInput input, PopulationTable table, LocalDate date, RegionLevel level,
      Optional<MunicipalityRegister> register, SimilarityModel model, Map<String, Municipality> byKey) {
    this.input = input;
    this.table = table;
    this.date = date;
    this.level = level;
    this.register = register;
    this.model = model;
    this.byKey = byKey;
  }

  /**
   * Reads the files and builds the set.
   *
   * @param key the profiled region, whose level is the set's; empty: the level most regions of the
   *     file have (Kreise in a Kreise file)
   */
  static ComparisonSet read(SimilarityOptions o, Optional<Ags> key, BaseCommand cmd) {
    PopulationInput input = cmd.readPopulation(o.population, o.importOptions);
    Optional<MunicipalityRegister> reg = Optional.empty();
    if (o.register != null) {
      try (Progress p = cmd.progress("progress.reading", o.register)) {
        reg = Optional.of(RegisterReader.read(o.register));
      }
    }
    PopulationTable all = input.table();
    if (key.isPresent() && !all.hasRegion(key.get().code())) {
      throw new CliInputException(o.population + ": region " + key.get().code() + " not found; the file holds "
          + all.regions().size() + " regions (e.g. " + String.join(", ", all.regions().subList(0, Math.min(3, all.regions().size())))
          + ")");
    }
    LocalDate when = o.date != null ? o.date : all.dates().get(all.dates().size() - 1);
    if (all.dateIndex(when) < 0) {
      throw new CliInputException(o.population + ": no population at " + when + "; the file holds " + all.dates());
    }
    RegionLevel level = key.map(Ags::level).orElseGet(() -> commonLevel(all));
    return of(input, reg, when, level, o.features, o.weights, o.standardisation(), o.population);
  }

  /**
   * Builds the set from files already read: the regions of {@code level}, the features chosen (all
   * of the default set when empty), the weights ({@code ID=W}).
   */
  static ComparisonSet of(PopulationInput input, Optional<MunicipalityRegister> reg, LocalDate when, RegionLevel level,
      List<String> featureIds, List<String> weightSpecs, zwk.profile.similarity.Standardisation standardisation, Path source) {
    PopulationTable all = input.table();
    List<String> keys = new ArrayList<>();
    for (String k : all.regions()) {
      if (PopulationTables.asAgs(k).map(a -> a.level() == level).orElse(false)) {
        keys.add(k);
      }
    }
    Map<String, Municipality> byKey = new HashMap<>();
    Map<String, BigDecimal> area = new HashMap<>();
    if (reg.isPresent()) {
      Map<String, BigDecimal> summed = SimilarityFeatures.areas(reg.get());
      for (String k : keys) {
        reg.get().byAgs(Ags.of(k)).ifPresent(m -> {
          byKey.put(k, m);
          BigDecimal a = m.areaKm2().orElse(summed.get(k));
          if (a != null) {
            area.put(k, a);
          }
        });
      }
    }
    PopulationTable t = all.selectRegions(keys);
    List<Feature> features = SimilarityFeatures.defaults(t, when, area);
    if (!featureIds.isEmpty()) {
      Map<String, Feature> byId = new LinkedHashMap<>();
      features.forEach(f -> byId.put(f.id(), f));
      List<Feature> chosen = new ArrayList<>();
      for (String id : featureIds) {
        Feature f = byId.get(id.strip());
        if (f == null) {
          throw new CliInputException("--features: expected ids of " + byId.keySet() + (reg.isEmpty() ? " (log_density needs --register)"
              : "") + ", got '" + zwk.io.csv.CsvFormatException.clip(id) + "'");
        }
        chosen.add(f);
      }
      features = chosen;
    }
    FeatureMatrix m;
    try {
      m = FeatureMatrix.of(keys, features).withoutEmptyFeatures();
    } catch (IllegalArgumentException e) {
      throw new CliInputException(source + ": " + e.getMessage());
    }
    Map<String, Double> w = new HashMap<>();
    for (String s : weightSpecs) {
      int eq = s.indexOf('=');
      try {
        if (eq < 0) {
          throw new NumberFormatException();
        }
        w.put(s.substring(0, eq).strip(), Double.parseDouble(s.substring(eq + 1).strip()));
      } catch (NumberFormatException e) {
        throw new CliInputException("--weight: expected ID=NUMBER, got '" + zwk.io.csv.CsvFormatException.clip(s) + "'");
      }
    }
    SimilarityModel model;
    try {
      model = SimilarityModel.of(m, standardisation, w);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("--weight: " + e.getMessage());
    }
    return new ComparisonSet(input, t, when, level, reg, model, byKey);
  }

  private static RegionLevel commonLevel(PopulationTable t) {
    Map<RegionLevel, Integer> n = new HashMap<>();
    for (String k : t.regions()) {
      PopulationTables.asAgs(k).ifPresent(a -> n.merge(a.level(), 1, Integer::sum));
    }
    return n.entrySet().stream().max(Map.Entry.<RegionLevel, Integer>comparingByValue()
        .thenComparing(e -> -e.getKey().ordinal())).map(Map.Entry::getKey)
        .orElseThrow(() -> new CliInputException("the population file holds no region with an AGS"));
  }

  /** The number of regions with at least one value (the 73 historical Kreise of the Kreise file have none). */
  int withValues() {
    int n = 0;
    for (int r = 0; r < model.matrix().keys().size(); r++) {
      if (java.util.Arrays.stream(model.matrix().rowValues(r)).anyMatch(x -> !Double.isNaN(x))) {
        n++;
      }
    }
    return n;
  }

  /** The name: from the register if given, else from the file. */
  String name(String key, Locale locale) {
    Municipality m = byKey.get(key);
    return m != null ? m.name() : input.name(key, locale);
  }

  /** The register's entry of a region. */
  Optional<Municipality> municipality(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The municipality type (from the register). */
  Optional<MunicipalityType> type(String key) {
    return municipality(key).flatMap(Municipality::type);
  }

  /** The size class: type from the register, population from the file. */
  Optional<SizeClass> sizeClass(String key) {
    CountResult c = table.distribution(key, date, Sex.TOTAL).total();
    return SizeClasses.of(type(key), c.isKnown() ? Optional.of(c.value()) : Optional.empty());
  }

  /** The filter of the comparison set for {@code key}. */
  Predicate<String> filter(String key, boolean sameState, boolean sameType, boolean sameSize) {
    Predicate<String> f = PeerFilters.sameLevel(key);
    if (sameState) {
      f = f.and(PeerFilters.sameState(key));
    }
    if (sameType) {
      if (register.isEmpty()) {
        throw new CliInputException("--same-type: needs --register (the type comes from the register)");
      }
      f = f.and(PeerFilters.sameType(key, this::type));
    }
    if (sameSize) {
      f = f.and(PeerFilters.sameSizeClass(key, this::sizeClass));
    }
    return f;
  }
}
