// SPDX-License-Identifier: Apache-2.0
package zwk.model.profile;

import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * The value of an indicator for a reference region (<em>Vergleichswert</em>): the Kreis, the Land,
 * Germany or a peer group.
 *
 * <p>Invariant: the value is finite; a percentile lies in [0, 100].
 */
@Value.Immutable
@ZwkStyle
abstract class ReferenceValueDef {

  /** Key of the reference region ({@code 15}, {@code DG}) or a peer-group id. */
  abstract String regionKey();

  /** Name of the reference region, e.g. {@code "Sachsen-Anhalt"}. */
  abstract Optional<String> regionName();

  /** The indicator's value for the reference region. */
  abstract double value();

  /** Percentile rank of the profiled region among the peers of this reference, 0–100. */
  abstract Optional<Double> percentile();

  @Value.Check
  void check() {
    if (!Double.isFinite(value())) {
      throw new IllegalArgumentException("value: expected a finite number, got " + value());
    }
    if (percentile().isPresent() && !(percentile().get() >= 0 && percentile().get() <= 100)) {
      throw new IllegalArgumentException("percentile: expected 0..100, got " + percentile().get());
    }
  }
}
