// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

/**
 * How wide the open top band ({@code 90 Jahre und mehr}) is assumed to be for mean and median age:
 * the band {@code x+} is treated as {@code x} to {@code x + width}, so its midpoint is
 * {@code x + width / 2}. Default 10 years (midpoint 95 for 90+, 105 for 100+).
 *
 * <p>Invariant: width &gt; 0.
 */
public final class OpenBandAssumption {
  /** The default: 10 years. */
  public static final OpenBandAssumption DEFAULT = new OpenBandAssumption(10.0);

  private final double width;

  private OpenBandAssumption(double width) {
    this.width = width;
  }

  /**
   * A custom width.
   *
   * @throws IllegalArgumentException unless {@code width > 0} and finite
   */
  public static OpenBandAssumption ofWidth(double width) {
    if (!(width > 0) || !Double.isFinite(width)) {
      throw new IllegalArgumentException("width: expected a finite width > 0 years, got " + width);
    }
    return new OpenBandAssumption(width);
  }

  /** The assumed width in years. */
  public double width() {
    return width;
  }
}
