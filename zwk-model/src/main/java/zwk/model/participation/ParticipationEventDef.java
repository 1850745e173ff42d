// SPDX-License-Identifier: Apache-2.0
package zwk.model.participation;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.TargetGroup;

/**
 * A participation event (<em>Beteiligungsprozess, Zukunftswerkstatt, Mobile Zukunftswerkstatt,
 * Beirat, Stammtisch, Befragung</em>) with its participants, the ideas it collected and the
 * priorities it gave the action fields.
 *
 * <p>Invariant: participant counts are not negative.
 */
@Value.Immutable
@ZwkStyle
abstract class ParticipationEventDef {

  /** Id, unique within the strategy. */
  abstract String id();

  /** Title, e.g. {@code "Mobile Zukunftswerkstatt Barleben"}. */
  abstract String title();

  /** Format. */
  abstract ParticipationFormat format();

  /** Mode. */
  @Value.Default
  ParticipationMode mode() {
    return ParticipationMode.IN_PERSON;
  }

  /** Date (first day). */
  abstract Optional<LocalDate> date();

  /** Place. */
  abstract Optional<String> location();

  /** Total number of participants, where counted. */
  abstract Optional<Integer> participantCount();

  /** Participants by target group (a person may count in several groups). */
  abstract Map<TargetGroup, Integer> participantsByTargetGroup();

  /** Participants by actor type. */
  abstract Map<ActorType, Integer> participantsByActorType();

  /** Actors (ids) that took part as organisations. */
  abstract List<String> actorIds();

  /** Ideas collected. */
  abstract List<@Valid Idea> ideas();

  /** Priorities given to action fields. */
  abstract List<ActionFieldPriority> priorities();

  /** Short summary of the results. */
  abstract Optional<String> summary();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
    if (participantCount().isPresent() && participantCount().get() < 0) {
      throw new IllegalArgumentException("participantCount: expected >= 0, got " + participantCount().get());
    }
    participantsByTargetGroup().forEach((k, v) -> {
      if (v < 0) {
        throw new IllegalArgumentException("participantsByTargetGroup." + k + ": expected >= 0, got " + v);
      }
    });
    participantsByActorType().forEach((k, v) -> {
      if (v < 0) {
        throw new IllegalArgumentException("participantsByActorType." + k + ": expected >= 0, got " + v);
      }
    });
  }
}
