// SPDX-License-Identifier: Apache-2.0
package zwk.model.profile;

import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * A region similar to the profiled one (<em>Vergleichskommune</em>), as zwk-profile's similarity
 * model ranks it: its rank, the distance in the standardised profile vector and, in words, the
 * indicators that bring it close and those that keep it apart.
 *
 * <p>Invariants: rank ≥ 1; the distance is finite and ≥ 0.
 */
@Value.Immutable
@ZwkStyle
abstract class PeerRegionDef {

  /** 1 for the nearest. */
  abstract int rank();

  /** Key (AGS) of the peer. */
  abstract String regionKey();

  /** Name of the peer. */
  abstract Optional<String> regionName();

  /** Distance in the standardised profile vector (0: the same profile). */
  abstract double distance();

  /** Why it is close or apart, in German. */
  abstract Optional<String> explanation();

  /** Why it is close or apart, in English. */
  abstract Optional<String> explanationEnglish();

  @Value.Check
  void check() {
    if (rank() < 1) {
      throw new IllegalArgumentException("rank: expected >= 1, got " + rank());
    }
    if (!(Double.isFinite(distance()) && distance() >= 0)) {
      throw new IllegalArgumentException("distance: expected a finite number >= 0, got " + distance());
    }
  }
}
