// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import zwk.model.region.Ags;
import zwk.model.region.MunicipalityType;
import zwk.model.toolbox.SizeClass;
import zwk.profile.population.PopulationTables;

/**
 * Filters for the comparison set of {@link SimilarityModel#nearest(String, int, Predicate)}, by the
 * profiled region's key. A region whose level, size class or type is unknown never passes a filter
 * that needs it.
 */
public final class PeerFilters {
  private PeerFilters() {}

  /** Regions of the same AGS level (Gemeinde, Kreis, Land) as {@code key}. */
  public static Predicate<String> sameLevel(String key) {
    Optional<Ags> own = PopulationTables.asAgs(key);
    return k -> own.isPresent() && PopulationTables.asAgs(k).map(a -> a.level() == own.get().level()).orElse(false);
  }

  /** Regions in the same Land (the first two digits of the AGS). */
  public static Predicate<String> sameState(String key) {
    Optional<Ags> own = PopulationTables.asAgs(key);
    return k -> own.isPresent() && PopulationTables.asAgs(k).map(a -> a.stateCode().equals(own.get().stateCode())).orElse(false);
  }

  /** Regions of the same size class ({@link SizeClasses}). */
  public static Predicate<String> sameSizeClass(String key, Function<String, Optional<SizeClass>> sizeClass) {
    Optional<SizeClass> own = sizeClass.apply(key);
    return k -> own.isPresent() && own.equals(sizeClass.apply(k));
  }

  /**
   * Regions of the same kind of municipality ({@link SizeClasses#kind}: kreisfreie Stadt and
   * Stadtkreis are one kind, Kreis and Landkreis another).
   */
  public static Predicate<String> sameType(String key, Function<String, Optional<MunicipalityType>> type) {
    Objects.requireNonNull(type, "type");
    Optional<MunicipalityType> own = type.apply(key).map(SizeClasses::kind);
    return k -> own.isPresent() && own.equals(type.apply(k).map(SizeClasses::kind));
  }
}
