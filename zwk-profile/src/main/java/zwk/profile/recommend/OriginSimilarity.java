// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.util.Optional;
import java.util.OptionalDouble;
import zwk.model.region.Ags;
import zwk.model.region.RegionLevel;
import zwk.profile.similarity.SimilarityModel;

/** The distance between a region and a tool's (or mentor's) municipality, where one can be told. */
@FunctionalInterface
public interface OriginSimilarity {

  /** No similarity known (the part scores 0). */
  OriginSimilarity NONE = (region, origin) -> Optional.empty();

  /**
   * The distance between {@code regionKey} and the origin, with the key the origin was compared as;
   * empty when unknown.
   */
  Optional<Match> distance(String regionKey, Ags origin);

  /**
   * Distances in a similarity model. An origin the model lacks is compared as its Kreis when the
   * model holds that (a model over Kreise compares a Gemeinde by its Kreis; the reason says so).
   */
  static OriginSimilarity of(SimilarityModel model) {
    return (region, origin) -> {
      if (!model.matrix().hasKey(region)) {
        return Optional.empty();
      }
      String key = origin.code();
      if (!model.matrix().hasKey(key)) {
        Optional<Ags> kreis = origin.level() == RegionLevel.MUNICIPALITY ? origin.ancestor(RegionLevel.DISTRICT) : Optional.empty();
        if (kreis.isEmpty() || !model.matrix().hasKey(kreis.get().code())) {
          return Optional.empty();
        }
        key = kreis.get().code();
      }
      double d = model.distance(region, key);
      return Double.isFinite(d) ? Optional.of(new Match(key, d)) : Optional.empty();
    };
  }

  /**
   * A distance.
   *
   * @param comparedKey the key the origin was compared as (itself or its Kreis)
   * @param distance the distance
   */
  record Match(String comparedKey, double distance) {
    /** 1 / (1 + distance): 1 for the same profile, towards 0 for distant ones. */
    public double similarity() {
      return 1 / (1 + distance);
    }

    /** The distance as an OptionalDouble (for callers that want only the number). */
    public OptionalDouble asOptional() {
      return OptionalDouble.of(distance);
    }
  }
}
