// SPDX-License-Identifier: Apache-2.0
package zwk.model.participation;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;

/**
 * An idea collected in participation (<em>Idee, Vorschlag</em>) and its fate: adopted into a
 * measure, answered with feedback, or still open.
 */
@Value.Immutable
@ZwkStyle
abstract class IdeaDef {

  /** Id, unique within the strategy. */
  abstract String id();

  /** The idea as written down. */
  @NotBlank
  abstract String text();

  /** Action field (id) it belongs to. */
  abstract Optional<String> actionFieldId();

  /** Status of the feedback loop. */
  @Value.Default
  IdeaStatus status() {
    return IdeaStatus.OPEN;
  }

  /** The measure it was adopted into, when {@link IdeaStatus#ADOPTED}. */
  abstract Optional<String> adoptedIntoMeasureId();

  /** The answer given to the participants, when {@link IdeaStatus#ANSWERED}. */
  abstract Optional<String> answer();

  /** Date the answer or adoption was decided. */
  abstract Optional<LocalDate> decidedOn();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
  }
}
