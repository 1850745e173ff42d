// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;

/** A guiding line of the strategy (<em>große Linie, Leitlinie</em>) with its goals. */
@Value.Immutable
@ZwkStyle
abstract class GuidingLineDef {

  /** Id, unique within the plan. */
  abstract String id();

  /** Title, e.g. {@code "Barleben bleibt ein Ort für alle Generationen"}. */
  @NotBlank
  abstract String title();

  /** Description. */
  abstract Optional<String> description();

  /** Action fields (ids). */
  abstract List<String> actionFieldIds();

  /** Goals. */
  abstract List<@Valid Goal> goals();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
  }
}
