// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * One entry of the Werkstattplan's revision history (<em>Fortschreibung</em>).
 *
 * <p>Invariant: version at least 1.
 */
@Value.Immutable
@ZwkStyle
abstract class PlanRevisionDef {

  /** Version number this revision produced. */
  abstract int version();

  /** Date of the revision. */
  abstract LocalDate date();

  /** What changed. */
  abstract Optional<String> summary();

  /** Council or committee decision that adopted it. */
  abstract Optional<String> decision();

  @Value.Check
  void check() {
    if (version() < 1) {
      throw new IllegalArgumentException("version: expected >= 1, got " + version());
    }
  }
}
