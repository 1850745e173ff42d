// SPDX-License-Identifier: Apache-2.0
package zwk.model.catalogue;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;

/**
 * An actor (<em>Akteur</em>) of the strategy process: an association, a council committee, a
 * volunteer group, a company, a university. Referenced by id from measures and events.
 */
@Value.Immutable
@ZwkStyle
abstract class ActorDef {

  /** Id, unique within the strategy. */
  abstract String id();

  /** Name of the organisation or group (not of a person). */
  @NotBlank
  abstract String name();

  /** Kind of actor. */
  abstract ActorType type();

  /** Optional contact person (personal data, never required). */
  abstract Optional<ContactPerson> contact();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
  }

  /** Id, name and type; the contact person is left out. */
  @Override
  public String toString() {
    return "Actor{" + id() + " " + name() + " (" + type() + ")}";
  }
}
