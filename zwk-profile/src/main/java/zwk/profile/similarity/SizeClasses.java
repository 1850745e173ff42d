// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import java.util.Optional;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityType;
import zwk.model.toolbox.SizeClass;

/**
 * The {@link SizeClass} of a municipality: {@link SizeClass#DISTRICT} for a Kreis, Landkreis or
 * Regionalverband; otherwise by population: under 5,000 {@link SizeClass#RURAL}, 5,000–19,999
 * {@link SizeClass#SMALL_TOWN}, 20,000–99,999 {@link SizeClass#MEDIUM_TOWN}, 100,000 and more
 * {@link SizeClass#LARGE_CITY} (the BBSR's thresholds for Stadt- und Gemeindetypen, simplified).
 */
public final class SizeClasses {
  private SizeClasses() {}

  /** The size class, empty when the population is unknown (and the type is no district). */
  public static Optional<SizeClass> of(Municipality m) {
    return of(m.type(), m.population());
  }

  /** The size class from a type and a population (either may be unknown). */
  public static Optional<SizeClass> of(Optional<MunicipalityType> type, Optional<Long> population) {
    if (type.isPresent() && isDistrict(type.get())) {
      return Optional.of(SizeClass.DISTRICT);
    }
    return population.map(SizeClasses::byPopulation);
  }

  /** The size class by population alone. */
  public static SizeClass byPopulation(long population) {
    if (population < 0) {
      throw new IllegalArgumentException("population: expected >= 0, got " + population);
    }
    return population < 5_000 ? SizeClass.RURAL
        : population < 20_000 ? SizeClass.SMALL_TOWN : population < 100_000 ? SizeClass.MEDIUM_TOWN : SizeClass.LARGE_CITY;
  }

  /** Whether the type is a (Land)kreis or Regionalverband. */
  public static boolean isDistrict(MunicipalityType t) {
    return t == MunicipalityType.DISTRICT || t == MunicipalityType.RURAL_DISTRICT || t == MunicipalityType.REGIONAL_ASSOCIATION;
  }

  /**
   * The kind for comparisons: {@link MunicipalityType#URBAN_DISTRICT} (Stadtkreis, Baden-Württemberg)
   * counts as {@link MunicipalityType#DISTRICT_FREE_CITY}, {@link MunicipalityType#DISTRICT} (Kreis)
   * as {@link MunicipalityType#RURAL_DISTRICT}; every other type is its own kind.
   */
  public static MunicipalityType kind(MunicipalityType t) {
    switch (t) {
      case URBAN_DISTRICT:
        return MunicipalityType.DISTRICT_FREE_CITY;
      case DISTRICT:
        return MunicipalityType.RURAL_DISTRICT;
      default:
        return t;
    }
  }
}
