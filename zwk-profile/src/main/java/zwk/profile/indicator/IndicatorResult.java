package zwk.profile.indicator;

import java.time.LocalDate;
import java.util.Objects;
import zwk.model.profile.IndicatorValue;
import zwk.profile.population.CountResult;

/**
 * The outcome of computing an indicator: a finite value, or "not computable" with the reason
 * (division by zero, unknown cells, bands that do not fit the age bounds). Never NaN, never a
 * silent 0.
 */
public final class IndicatorResult {
  private final double value;
  private final String reason;

  private IndicatorResult(double value, String reason) {
    this.value = value;
    this.reason = reason;
  }

  /**
   * A value.
   *
   * @throws IllegalArgumentException when the value is not finite
   */
  public static IndicatorResult of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: expected a finite number, got " + value);
    }
    return new IndicatorResult(value, null);
  }

  /** Not computable, with the reason. */
  public static IndicatorResult notComputable(String reason) {
    return new IndicatorResult(Double.NaN, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * {@code numerator / denominator × factor}; not computable when a count is unknown or the
   * denominator is 0.
   */
  public static IndicatorResult ratio(CountResult numerator, CountResult denominator, double factor) {
    if (!numerator.isKnown()) {
      return notComputable("numerator: " + numerator.reason());
    }
    if (!denominator.isKnown()) {
      return notComputable("denominator: " + denominator.reason());
    }
    if (denominator.value() == 0) {
      return notComputable("denominator is 0 (division by zero)");
    }
    return of((double) numerator.value() / denominator.value() * factor);
  }

  /** Whether there is a value. */
  public boolean isComputable() {
    return reason == null;
  }

  /**
   * The value.
   *
   * @throws IllegalStateException with the reason when not computable
   */
  public double value() {
    if (reason != null) {
      throw new IllegalStateException("not computable: " + reason);
    }
    return value;
  }

  /** The reason, or {@code null} when computable. */
  public String reason() {
    return reason;
  }

  /** The model's {@link IndicatorValue} for a region and date (references empty). */
  public IndicatorValue toIndicatorValue(String indicatorId, String regionKey, LocalDate date) {
    IndicatorValue.Builder b = IndicatorValue.builder().indicatorId(indicatorId).regionKey(regionKey).referenceDate(date);
    return (reason == null ? b.value(value) : b.notComputableReason(reason)).build();
  }

  @Override
  public String toString() {
    return reason == null ? Double.toString(value) : "not computable: " + reason;
  }
}
