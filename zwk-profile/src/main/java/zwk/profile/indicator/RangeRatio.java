// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

/**
 * Compiled {@link RatioIndicator} and {@link CountIndicator}: sums of band ranges (pairs of first
 * and last band index) from the prefix sums, then {@code (double) num / den * factor} as
 * {@link IndicatorResult#ratio}, or the numerator alone for a count ({@code den} null). A final
 * class, so that {@link IndicatorBatch} calls it directly (the most frequent indicators, without a
 * virtual call per value).
 */
final class RangeRatio implements CompiledIndicator {
  private final int[] num;
  private final int @org.jspecify.annotations.Nullable [] den;
  private final double factor;

  RangeRatio(int[] num, int @org.jspecify.annotations.Nullable [] den, double factor) {
    this.num = num;
    this.den = den;
    this.factor = factor;
  }

  @Override
  public double value(BandSums b) {
    long n = 0;
    for (int k = 0; k < num.length; k += 2) {
      if (!b.known(num[k], num[k + 1])) {
        return NOT_COMPUTABLE;
      }
      n += b.sum(num[k], num[k + 1]);
    }
    int[] dd = den;
    if (dd == null) {
      return (double) n; // a count
    }
    long d = 0;
    for (int k = 0; k < dd.length; k += 2) {
      if (!b.known(dd[k], dd[k + 1])) {
        return NOT_COMPUTABLE;
      }
      d += b.sum(dd[k], dd[k + 1]);
    }
    return d == 0 ? NOT_COMPUTABLE : (double) n / d * factor;
  }
}
