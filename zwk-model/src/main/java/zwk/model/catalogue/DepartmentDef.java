// SPDX-License-Identifier: Apache-2.0
package zwk.model.catalogue;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;

/**
 * A department of the administration (<em>Ressort, Fachbereich, Amt</em>) that leads
 * (<em>Federführung</em>) or partners in a measure.
 */
@Value.Immutable
@ZwkStyle
abstract class DepartmentDef {

  /** Id, unique within the strategy, e.g. {@code "fb-soziales"}. */
  abstract String id();

  /** Name, e.g. {@code "Fachbereich Soziales"}. */
  @NotBlank
  abstract String name();

  /** Short name, e.g. {@code "FB 3"}. */
  abstract Optional<String> shortName();

  /** Optional contact person (personal data, never required). */
  abstract Optional<ContactPerson> contact();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
  }

  /** Id and name; the contact person is left out. */
  @Override
  public String toString() {
    return "Department{" + id() + " " + name() + "}";
  }
}
