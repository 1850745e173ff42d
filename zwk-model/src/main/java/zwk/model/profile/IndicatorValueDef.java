// SPDX-License-Identifier: Apache-2.0
package zwk.model.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * The value of one indicator for one region and date (<em>Kennzahlwert</em>), with reference values
 * beside it. When the indicator cannot be computed (division by zero, unknown cells) the value is
 * absent and {@link #notComputableReason()} says why: never a silent NaN or 0.
 *
 * <p>Invariants: exactly one of value and reason is present; the value is finite.
 */
@Value.Immutable
@ZwkStyle
abstract class IndicatorValueDef {

  /** Id of the {@link Indicator}. */
  abstract String indicatorId();

  /** Region key (AGS/ARS) the value belongs to, when it is not the profile's own. */
  abstract Optional<String> regionKey();

  /** Reference date of the underlying data. */
  abstract Optional<LocalDate> referenceDate();

  /** The value. */
  abstract Optional<Double> value();

  /** Why there is no value. */
  abstract Optional<String> notComputableReason();

  /** The same indicator for Kreis, Land, Germany or peers. */
  abstract List<ReferenceValue> references();

  @Value.Check
  void check() {
    if (value().isPresent() == notComputableReason().isPresent()) {
      throw new IllegalArgumentException("value: expected either a value or a notComputableReason for '"
          + indicatorId() + "', got " + (value().isPresent() ? "both" : "neither"));
    }
    if (value().isPresent() && !Double.isFinite(value().get())) {
      throw new IllegalArgumentException("value: expected a finite number for '" + indicatorId() + "', got " + value().get());
    }
  }
}
