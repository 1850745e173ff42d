// SPDX-License-Identifier: Apache-2.0
package zwk.model.common;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * A period of time (<em>Zeitraum, Laufzeit</em>) with optional start and end dates, both inclusive.
 * Either end may still be unknown while a plan is in progress.
 *
 * <p>Invariant: the end is not before the start.
 */
@Value.Immutable
@ZwkStyle
abstract class PeriodDef {

  /** First day, if known. */
  abstract Optional<LocalDate> start();

  /** Last day, if known. */
  abstract Optional<LocalDate> end();

  /** A period with both dates. */
  public static Period of(LocalDate start, LocalDate end) {
    return Period.builder().start(start).end(end).build();
  }

  /** Whether both dates are known. */
  @Value.Derived
  @Value.Auxiliary
  boolean isComplete() {
    return start().isPresent() && end().isPresent();
  }

  /** Whether the day lies in the period (an unknown end counts as open). */
  public boolean contains(LocalDate day) {
    return start().map(s -> !day.isBefore(s)).orElse(true) && end().map(e -> !day.isAfter(e)).orElse(true);
  }

  /**
   * Whether two periods share at least one day; an unknown start or end counts as open in that
   * direction.
   */
  public boolean overlaps(Period other) {
    boolean startsBeforeOtherEnds = start().isEmpty() || other.end().isEmpty()
        || !start().get().isAfter(other.end().get());
    boolean otherStartsBeforeThisEnds = other.start().isEmpty() || end().isEmpty()
        || !other.start().get().isAfter(end().get());
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Value.Check
  void check() {
    if (start().isPresent() && end().isPresent() && end().get().isBefore(start().get())) {
      throw new IllegalArgumentException(
          "end: expected a date not before start " + start().get() + ", got " + end().get());
    }
  }
}
