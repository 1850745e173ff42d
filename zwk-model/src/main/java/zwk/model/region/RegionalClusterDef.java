// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * A regional cluster of the programme network (<em>Cluster</em>: Nord, West, Süd …) in which model
 * municipalities meet. A named value, not an enum: clusters are re-cut between programme phases.
 */
@Value.Immutable
@ZwkStyle
abstract class RegionalClusterDef {

  /** The cluster name, e.g. {@code "Nord"}. */
  @Value.Parameter
  abstract String name();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name: expected a non-blank cluster name, got '" + name() + "'");
    }
  }
}
