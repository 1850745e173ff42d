// SPDX-License-Identifier: Apache-2.0
package zwk.profile.compare;

import java.util.Objects;
import java.util.OptionalDouble;
import zwk.model.region.RegionLevel;
import zwk.profile.indicator.IndicatorResult;

/**
 * The indicator for one reference region (Kreis, Land, Germany) and the difference
 * {@code own − reference} (in the indicator's unit, e.g. points of the Altenquotient).
 */
public final class Reference {
  private final RegionLevel level;
  private final String regionKey;
  private final IndicatorResult value;
  private final IndicatorResult own;

  Reference(RegionLevel level, String regionKey, IndicatorResult value, IndicatorResult own) {
    this.level = Objects.requireNonNull(level, "level");
    this.regionKey = Objects.requireNonNull(regionKey, "regionKey");
    this.value = Objects.requireNonNull(value, "value");
    this.own = Objects.requireNonNull(own, "own");
  }

  /** Level of the reference region. */
  public RegionLevel level() {
    return level;
  }

  /** Key of the reference region ({@code 15}, {@code DG}). */
  public String regionKey() {
    return regionKey;
  }

  /** The indicator for the reference region. */
  public IndicatorResult value() {
    return value;
  }

  /** {@code own − reference}, empty when either is not computable. */
  public OptionalDouble difference() {
    return own.isComputable() && value.isComputable() ? OptionalDouble.of(own.value() - value.value()) : OptionalDouble.empty();
  }

  @Override
  public String toString() {
    return level + " " + regionKey + "=" + value;
  }
}
