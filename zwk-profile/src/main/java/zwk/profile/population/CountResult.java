// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import zwk.profile.reason.Reason;
import zwk.profile.reason.ReasonCode;
import zwk.profile.reason.ReasonedResult;

/**
 * A population count or the {@link Reason} why it cannot be given (unknown cells, bands that do
 * not align with the requested ages). Never a silent 0. The reason's text is German by default
 * ({@link #reason()}) and available in English ({@link #reason(Locale)}).
 */
public final class CountResult implements ReasonedResult {
  private final long value;
  private final @Nullable Reason reason;

  private CountResult(long value, @Nullable Reason reason) {
    this.value = value;
    this.reason = reason;
  }

  /** A known count. */
  public static CountResult of(long value) {
    return new CountResult(value, null);
  }

  /** No count, with the reason. */
  public static CountResult notAvailable(Reason reason) {
    return new CountResult(0, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * No count, with the caller's own reason text ({@link ReasonCode#CUSTOM}: shown as given in every
   * language).
   */
  public static CountResult notAvailable(String reason) {
    return notAvailable(Reason.custom(Objects.requireNonNull(reason, "reason")));
  }

  /** Whether the count is known. */
  public boolean isKnown() {
    return reason == null;
  }

  /**
   * The count.
   *
   * @throws IllegalStateException with the (English) reason when the count is not known
   */
  public long value() {
    if (reason != null) {
      throw new IllegalStateException("count not available: " + reason.render(Locale.ENGLISH));
    }
    return value;
  }

  /** The reason with its parameters; empty when the count is known. */
  public Optional<Reason> notAvailableReason() {
    return missingReason();
  }

  @Override
  public Optional<Reason> missingReason() {
    return Optional.ofNullable(reason);
  }

  /** Applies {@code f} to a known count; passes the reason through. */
  public <T> T fold(LongFunction<T> f, java.util.function.Function<Reason, T> onReason) {
    return reason == null ? f.apply(value) : onReason.apply(reason);
  }

  @Override
  public String toString() {
    return reason == null ? Long.toString(value) : "not available (" + reason.render(Locale.ENGLISH) + ")";
  }
}
