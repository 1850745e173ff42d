// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding a {@code double} half-up to a number of decimals exactly as
 * {@code BigDecimal.valueOf(v).setScale(precision, RoundingMode.HALF_UP)} does (the published
 * decimal of {@code v}, rounded the way official tables round), without the decimal string of
 * {@code v} in the common case: the scaled value {@code |v| × 10^precision} is rounded in binary
 * when it is far enough from a tie ({@code .5}) that the shortest decimal of {@code v} and {@code v}
 * itself cannot round differently; near a tie, for large values, NaN and infinities the exact
 * {@code BigDecimal} path decides.
 */
final class HalfUp {
  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};
  // Below 2^30 the spacing of doubles is at most 2^-22 (2.4e-7): the decimal of v and the scaled
  // product differ from the exact scaled value by a few of those, far less than this margin.
  private static final double LIMIT = 1 << 30;
  private static final double MARGIN = 1e-5;

  private HalfUp() {}

  /**
   * The CSV cell of {@code v} rounded half-up to {@code precision} decimals: the same field as
   * {@code CsvCell.number(round(v, precision))}, without a {@code BigDecimal} where the fast case holds.
   */
  static zwk.io.csv.CsvCell cell(double v, int precision) {
    long unscaled = fastUnscaled(v, precision);
    return unscaled != NOT_FAST ? zwk.io.csv.CsvCell.number(unscaled, precision)
        : zwk.io.csv.CsvCell.number(round(v, precision));
  }

  /**
   * Writes {@code v} rounded half-up to {@code precision} decimals: the field of
   * {@link #cell(double, int)}, as digits into the writer's buffer where the fast case holds.
   */
  static void write(zwk.io.csv.CsvByteWriter w, double v, int precision) {
    long unscaled = fastUnscaled(v, precision);
    if (unscaled != NOT_FAST) {
      w.decimal(unscaled, precision);
    } else {
      w.cell(zwk.io.csv.CsvCell.number(round(v, precision)));
    }
  }

  /** The rounded value with exactly {@code precision} decimals (0 to 10). */
  static BigDecimal round(double v, int precision) {
    long unscaled = fastUnscaled(v, precision);
    return unscaled != NOT_FAST ? BigDecimal.valueOf(unscaled, precision)
        : BigDecimal.valueOf(v).setScale(precision, RoundingMode.HALF_UP);
  }

  private static final long NOT_FAST = Long.MIN_VALUE;

  /**
   * The unscaled half-up value when the double arithmetic is exact enough to decide the rounding
   * (not within {@code MARGIN} of a tie, magnitude below {@code LIMIT}); else {@link #NOT_FAST}.
   */
  private static long fastUnscaled(double v, int precision) {
    if (precision >= 0 && precision < POW10.length) {
      double x = Math.abs(v) * POW10[precision];
      if (x < LIMIT) {
        // 0 <= x < 2^30: the truncation is the floor, exactly (and cheaper than Math.floor)
        long floor = (long) x;
        double frac = x - floor;
        if (Math.abs(frac - 0.5) > MARGIN) {
          long unscaled = floor + (frac > 0.5 ? 1 : 0);
          return v < 0 ? -unscaled : unscaled;
        }
      }
    }
    return NOT_FAST;
  }
}
