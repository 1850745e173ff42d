// SPDX-License-Identifier: Apache-2.0
package zwk.model.toolbox;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;

/**
 * The Werkzeugkoffer (<em>toolbox</em>): the proven tools municipalities share.
 *
 * <p>Invariant: tool ids are unique.
 */
@Value.Immutable
@ZwkStyle
abstract class ToolboxDef {

  /** Name of the toolbox. */
  abstract Optional<String> name();

  /** The tools. */
  abstract List<Tool> tools();

  /** The tool with the given id. */
  public Optional<Tool> byId(String id) {
    return tools().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Invariants.uniqueIds("tools", tools(), Tool::id);
  }
}
