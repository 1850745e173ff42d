// SPDX-License-Identifier: Apache-2.0
package zwk.model.stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * What happened in one stage of the Fünfstufen-Systematik (<em>Stufenstand</em>): status, dates and
 * the evidence (minutes, documents, council decisions) that it took place.
 *
 * <p>Invariant: the completion date is not before the start date. Whether a completed stage has
 * dates and evidence is completeness, reported by the validator.
 */
@Value.Immutable
@ZwkStyle
abstract class StageRecordDef {

  /** The stage. */
  abstract StrategyStage stage();

  /** Status. */
  @Value.Default
  StageStatus status() {
    return StageStatus.NOT_STARTED;
  }

  /** Date work on the stage started. */
  abstract Optional<LocalDate> started();

  /** Date the stage was completed. */
  abstract Optional<LocalDate> completed();

  /** Evidence: titles or references of minutes, documents, decisions. */
  abstract List<String> evidence();

  /** Notes. */
  abstract Optional<String> notes();

  @Value.Check
  void check() {
    if (started().isPresent() && completed().isPresent() && completed().get().isBefore(started().get())) {
      throw new IllegalArgumentException("completed: expected a date not before started "
          + started().get() + ", got " + completed().get());
    }
  }
}
