// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;

/** A goal of the Werkstattplan (<em>Ziel</em>) under a guiding line; measures serve it by id. */
@Value.Immutable
@ZwkStyle
abstract class GoalDef {

  /** Id, unique within the plan. */
  abstract String id();

  /** Title. */
  @NotBlank
  abstract String title();

  /** Description. */
  abstract Optional<String> description();

  /** Action fields (ids). */
  abstract List<String> actionFieldIds();

  /** Indicators that show whether the goal is reached. */
  abstract List<@Valid MeasureIndicator> indicators();

  /** Date by which the goal should be reached. */
  abstract Optional<LocalDate> targetDate();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
  }
}
