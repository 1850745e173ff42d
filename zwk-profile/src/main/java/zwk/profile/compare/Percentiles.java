// SPDX-License-Identifier: Apache-2.0
package zwk.profile.compare;

/**
 * Percentile rank (mid-rank definition): {@code (below + equal / 2) / n × 100}, where {@code below}
 * is the number of peer values smaller than the region's value and {@code equal} the number equal to
 * it (the region counts among its peers). The lowest of n distinct values gets {@code 50 / n}, the
 * highest {@code 100 − 50 / n}; all equal gives 50.
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The percentile rank of {@code value} among {@code peers}.
   *
   * @throws IllegalArgumentException when {@code peers} is empty or holds a non-finite value
   */
  public static double rank(double value, double[] peers) {
    if (peers.length == 0) {
      throw new IllegalArgumentException("peers: expected at least one value, got none");
    }
    int below = 0;
    int equal = 0;
    for (double p : peers) {
      if (!Double.isFinite(p)) {
        throw new IllegalArgumentException("peers: expected finite values, got " + p);
      }
      if (p < value) {
        below++;
      } else if (p == value) {
        equal++;
      }
    }
    return (below + equal / 2.0) / peers.length * 100;
  }

  /** The median of the values (mean of the two middle ones for an even count). */
  public static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("values: expected at least one value, got none");
    }
    double[] s = values.clone();
    java.util.Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
