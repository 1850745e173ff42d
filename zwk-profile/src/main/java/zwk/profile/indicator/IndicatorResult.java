// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import zwk.model.profile.IndicatorValue;
import zwk.profile.population.CountResult;
import zwk.profile.reason.Reason;
import zwk.profile.reason.ReasonCode;
import zwk.profile.reason.ReasonPart;
import zwk.profile.reason.ReasonedResult;

/**
 * The outcome of computing an indicator: a finite value, or "not computable" with the
 * {@link Reason} (division by zero, unknown cells, bands that do not fit the age bounds). Never
 * NaN, never a silent 0.
 *
 * <p>The reason is a stable {@link #reasonCode()} for programs and a text for people:
 * {@link #reason(Locale)} in German or English, {@link #reason()} in German (zwk's default
 * language for messages, docs/design.md rule 8).
 */
public final class IndicatorResult implements ReasonedResult {
  private final double value;
  private final @Nullable Reason reason;

  private IndicatorResult(double value, @Nullable Reason reason) {
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
  public static IndicatorResult notComputable(Reason reason) {
    return new IndicatorResult(Double.NaN, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Not computable, with the caller's own reason text ({@link ReasonCode#CUSTOM}: shown as given in
   * every language; inserted as a parameter, never read as a template).
   */
  public static IndicatorResult notComputable(String reason) {
    return notComputable(Reason.custom(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * {@code numerator / denominator × factor}; not computable when a count is unknown (the reason
   * then lies in the {@link ReasonPart#NUMERATOR} or {@link ReasonPart#DENOMINATOR}) or the
   * denominator is 0 ({@link ReasonCode#ZERO_DENOMINATOR}).
   */
  public static IndicatorResult ratio(CountResult numerator, CountResult denominator, double factor) {
    if (!numerator.isKnown()) {
      return notComputable(numerator.notAvailableReason().get().in(ReasonPart.NUMERATOR));
    }
    if (!denominator.isKnown()) {
      return notComputable(denominator.notAvailableReason().get().in(ReasonPart.DENOMINATOR));
    }
    if (denominator.value() == 0) {
      return notComputable(Reason.zeroDenominator());
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
   * @throws IllegalStateException with the (English) reason when not computable
   */
  public double value() {
    if (reason != null) {
      throw new IllegalStateException("not computable: " + reason.render(Locale.ENGLISH));
    }
    return value;
  }

  /** The reason with its parameters and context; empty when computable. */
  public Optional<Reason> notComputableReason() {
    return missingReason();
  }

  @Override
  public Optional<Reason> missingReason() {
    return Optional.ofNullable(reason);
  }

  /** The model's {@link IndicatorValue} for a region and date (references empty), a reason in German. */
  public IndicatorValue toIndicatorValue(String indicatorId, String regionKey, LocalDate date) {
    return toIndicatorValue(indicatorId, regionKey, date, Locale.GERMAN);
  }

  /**
   * The model's {@link IndicatorValue} for a region and date (references empty), a reason written in
   * {@code locale} (English for {@code en}, German otherwise).
   */
  public IndicatorValue toIndicatorValue(String indicatorId, String regionKey, LocalDate date, Locale locale) {
    IndicatorValue.Builder b = IndicatorValue.builder().indicatorId(indicatorId).regionKey(regionKey).referenceDate(date);
    return (reason == null ? b.value(value) : b.notComputableReason(reason.render(locale))).build();
  }

  @Override
  public String toString() {
    return reason == null ? Double.toString(value) : "not computable: " + reason.render(Locale.ENGLISH);
  }
}
