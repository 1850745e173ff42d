// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * A step or milestone of a measure's implementation plan (<em>Umsetzungsplan</em>): one
 * <em>Umsetzungsschritt</em> or <em>Meilenstein</em>.
 */
@Value.Immutable
@ZwkStyle
abstract class ImplementationStepDef {

  /** Title. */
  abstract String title();

  /** Due date. */
  abstract Optional<LocalDate> due();

  /** Date it was done; present means done. */
  abstract Optional<LocalDate> doneOn();

  /** Responsible department (id). */
  abstract Optional<String> responsibleDepartmentId();

  /** Whether the step is done. */
  public boolean isDone() {
    return doneOn().isPresent();
  }
}
