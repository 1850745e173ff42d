// SPDX-License-Identifier: Apache-2.0
package zwk.profile.typology;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One type of a {@link Typology}.
 *
 * @param number the type number (1 … k; for an official typology its own number)
 * @param officialName the name an official typology gives, empty for zwk's own types
 * @param size number of regions of the type in the comparison set
 * @param centroid the centroid in standardised units, one per feature (NaN where no member has a value)
 * @param traits the features that set the type apart (|z| ≥ {@link Typology#TRAIT_Z}), most distinctive first
 */
public record RegionType(int number, Optional<String> officialName, int size, double[] centroid, List<Trait> traits) {

  /** Copies the arrays. */
  public RegionType {
    centroid = centroid.clone();
    traits = List.copyOf(traits);
  }

  /** A copy of the centroid. */
  @Override
  public double[] centroid() {
    return centroid.clone();
  }

  /**
   * The name: the official one, else the traits in words, e.g. {@code Typ 2: Altenquotient hoch,
   * Medianalter hoch, Jugendquotient niedrig} ({@code Type 2: old-age dependency ratio high, …}).
   */
  public String name(Locale locale) {
    if (officialName.isPresent()) {
      return officialName.get();
    }
    return TypologyTexts.typeName(number, traits, locale);
  }

  /**
   * One distinctive feature of a type's centroid.
   *
   * @param featureId the feature
   * @param germanName its German name
   * @param englishName its English name
   * @param z the centroid's standardised value
   * @param value the centroid in the feature's unit (centre + z × scale)
   */
  public record Trait(String featureId, String germanName, String englishName, double z, double value) {

    /** Whether the type lies above the comparison set's centre in this feature. */
    public boolean high() {
      return z > 0;
    }
  }
}
