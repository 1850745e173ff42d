// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * An indicator that tracks a goal or measure (<em>Kennzahl, Zielindikator</em>) with baseline,
 * target and current value.
 *
 * <p>Invariant: values are finite.
 */
@Value.Immutable
@ZwkStyle
abstract class MeasureIndicatorDef {

  /** Name, e.g. {@code "Teilnehmende am Generationencafé pro Monat"}. */
  abstract String name();

  /** Id of a standard indicator, if it is one. */
  abstract Optional<String> indicatorId();

  /** Unit. */
  abstract Optional<String> unit();

  /** Baseline value (<em>Ausgangswert</em>). */
  abstract Optional<Double> baseline();

  /** Date of the baseline. */
  abstract Optional<LocalDate> baselineDate();

  /** Target value (<em>Zielwert</em>). */
  abstract Optional<Double> target();

  /** Date by which the target should be reached. */
  abstract Optional<LocalDate> targetDate();

  /** Latest measured value. */
  abstract Optional<Double> current();

  @Value.Check
  void check() {
    finite("baseline", baseline());
    finite("target", target());
    finite("current", current());
  }

  private static void finite(String field, Optional<Double> v) {
    if (v.isPresent() && !Double.isFinite(v.get())) {
      throw new IllegalArgumentException(field + ": expected a finite number, got " + v.get());
    }
  }
}
