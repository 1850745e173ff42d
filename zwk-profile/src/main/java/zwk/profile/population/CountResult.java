package zwk.profile.population;

import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A population count or the reason why it cannot be given (unknown cells, bands that do not align
 * with the requested ages). Never a silent 0.
 */
public final class CountResult {
  private final long value;
  private final String reason;

  private CountResult(long value, String reason) {
    this.value = value;
    this.reason = reason;
  }

  /** A known count. */
  public static CountResult of(long value) {
    return new CountResult(value, null);
  }

  /** No count, with the reason. */
  public static CountResult notAvailable(String reason) {
    return new CountResult(0, Objects.requireNonNull(reason, "reason"));
  }

  /** Whether the count is known. */
  public boolean isKnown() {
    return reason == null;
  }

  /**
   * The count.
   *
   * @throws IllegalStateException with the reason when the count is not known
   */
  public long value() {
    if (reason != null) {
      throw new IllegalStateException("count not available: " + reason);
    }
    return value;
  }

  /** The reason, or {@code null} when the count is known. */
  public String reason() {
    return reason;
  }

  /** Applies {@code f} to a known count; passes a reason through. */
  public <T> T fold(LongFunction<T> f, java.util.function.Function<String, T> onReason) {
    return reason == null ? f.apply(value) : onReason.apply(reason);
  }

  @Override
  public String toString() {
    return reason == null ? Long.toString(value) : "not available (" + reason + ")";
  }
}
