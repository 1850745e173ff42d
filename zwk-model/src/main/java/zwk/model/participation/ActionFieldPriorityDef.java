// SPDX-License-Identifier: Apache-2.0
package zwk.model.participation;

import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * The priority a participation event gave an action field (<em>Priorisierung</em>): a rank (1 =
 * most important) and/or the votes (e.g. dots) it got.
 *
 * <p>Invariants: rank at least 1, votes not negative.
 */
@Value.Immutable
@ZwkStyle
abstract class ActionFieldPriorityDef {

  /** The action field (id). */
  abstract String actionFieldId();

  /** Rank, 1 = highest priority. */
  abstract Optional<Integer> rank();

  /** Votes received. */
  abstract Optional<Integer> votes();

  @Value.Check
  void check() {
    if (rank().isPresent() && rank().get() < 1) {
      throw new IllegalArgumentException("rank: expected >= 1, got " + rank().get());
    }
    if (votes().isPresent() && votes().get() < 0) {
      throw new IllegalArgumentException("votes: expected >= 0, got " + votes().get());
    }
  }
}
