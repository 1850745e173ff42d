// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

/**
 * How two regions differ in one feature.
 *
 * @param feature the feature
 * @param own the profiled region's raw value (NaN: none)
 * @param other the other region's raw value (NaN: none)
 * @param ownZ the profiled region's standardised value
 * @param otherZ the other region's standardised value
 * @param weight the feature's weight
 */
public record FeatureDifference(Feature feature, double own, double other, double ownZ, double otherZ, double weight) {

  /** Whether both regions have a value. */
  public boolean comparable() {
    return !Double.isNaN(ownZ) && !Double.isNaN(otherZ);
  }

  /** |z<sub>own</sub> − z<sub>other</sub>| in units of the scale; NaN when not comparable. */
  public double gap() {
    return comparable() ? Math.abs(ownZ - otherZ) : Double.NaN;
  }

  /** weight × gap²: this feature's share of the squared distance (0 when not comparable). */
  public double contribution() {
    return comparable() ? weight * gap() * gap() : 0.0;
  }
}
