// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

/**
 * The age bounds of the dependency ratios: the young are aged {@code 0 … youngUpper-1}, the working
 * age {@code youngUpper … oldLower-1}, the old {@code oldLower} and over.
 *
 * <p>Invariant: {@code 0 < youngUpper < oldLower}.
 */
public final class AgeBounds {
  /** Destatis, Statistische Ämter and Wegweiser Kommune: under 20 / 20–64 / 65 and over. */
  public static final AgeBounds DESTATIS = new AgeBounds(20, 65);
  /** Eurostat: 0–14 / 15–64 / 65 and over. */
  public static final AgeBounds EUROSTAT = new AgeBounds(15, 65);

  private final int youngUpper;
  private final int oldLower;

  private AgeBounds(int youngUpper, int oldLower) {
    this.youngUpper = youngUpper;
    this.oldLower = oldLower;
  }

  /**
   * Custom bounds.
   *
   * @throws IllegalArgumentException unless {@code 0 < youngUpper < oldLower}
   */
  public static AgeBounds of(int youngUpper, int oldLower) {
    if (youngUpper <= 0 || oldLower <= youngUpper) {
      throw new IllegalArgumentException("bounds: expected 0 < youngUpper < oldLower, got youngUpper=" + youngUpper
          + ", oldLower=" + oldLower);
    }
    return new AgeBounds(youngUpper, oldLower);
  }

  /** First age that is no longer young (20 for Destatis). */
  public int youngUpper() {
    return youngUpper;
  }

  /** First old age (65). */
  public int oldLower() {
    return oldLower;
  }

  /** Suffix for indicator ids: empty for {@link #DESTATIS}, {@code _eurostat}, or {@code _15_65}. */
  public String idSuffix() {
    if (equals(DESTATIS)) {
      return "";
    }
    return equals(EUROSTAT) ? "_eurostat" : "_" + youngUpper + "_" + oldLower;
  }

  /** Human-readable, e.g. {@code unter 20 / 20-64 / 65+}. */
  public String describe() {
    return "unter " + youngUpper + " / " + youngUpper + "-" + (oldLower - 1) + " / " + oldLower + "+";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeBounds && ((AgeBounds) o).youngUpper == youngUpper && ((AgeBounds) o).oldLower == oldLower;
  }

  @Override
  public int hashCode() {
    return 31 * youngUpper + oldLower;
  }

  @Override
  public String toString() {
    return describe();
  }
}
