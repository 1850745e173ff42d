// SPDX-License-Identifier: Apache-2.0
package zwk.model.catalogue;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;

/**
 * A catalogue of action fields (<em>Handlungsfeld-Katalog</em>) as a document of its own: the
 * standard catalogue ({@link #standard()}) or a municipality's extended one.
 *
 * <p>Invariant: ids are unique.
 */
@Value.Immutable
@ZwkStyle
abstract class ActionFieldCatalogueDef {

  /** Name of the catalogue. */
  abstract Optional<String> name();

  /** The fields, in display order. */
  abstract List<ActionField> fields();

  /** The field with the given id. */
  public Optional<ActionField> byId(String id) {
    return fields().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The standard catalogue of zwk. */
  public static ActionFieldCatalogue standard() {
    return ActionFieldCatalogue.builder().name("zwk Standardkatalog").fields(ActionFields.all()).build();
  }

  @Value.Check
  void check() {
    Invariants.uniqueIds("fields", fields(), ActionField::id);
  }
}
