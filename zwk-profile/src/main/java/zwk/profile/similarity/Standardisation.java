// SPDX-License-Identifier: Apache-2.0
package zwk.profile.similarity;

import java.util.Arrays;

/**
 * How a feature's raw values are made comparable over the comparison set: {@code z = (x − centre) /
 * scale}. Regions without a value are left out of centre and scale. A feature whose scale is 0 (all
 * regions equal, up to a rounding residue of 10<sup>−12</sup> × the largest |value|) gets z = 0
 * everywhere: it cannot tell regions apart.
 *
 * <p>Both are invariant to a change of unit: {@code x → a·x + b} with {@code a > 0} leaves every z
 * unchanged ({@code a < 0} flips its sign, which leaves distances unchanged).
 */
public enum Standardisation {
  /** z-score: centre = arithmetic mean, scale = population standard deviation (divisor n). */
  Z_SCORE,
  /**
   * Robust: centre = median, scale = median absolute deviation × 1.4826 (so that it equals the
   * standard deviation for normally distributed values); outliers such as Berlin or Munich do not
   * stretch the scale for everybody else. Falls back to the standard deviation when the MAD is 0.
   */
  ROBUST;

  /** {centre, scale} of the finite values ({0, 0} when there are none). */
  double[] centreAndScale(double[] column) {
    // sorted, so that the sums (and so every z and distance) do not depend on the order of the rows
    double[] v = Arrays.stream(column).filter(Double::isFinite).sorted().toArray();
    if (v.length == 0) {
      return new double[] {0, 0};
    }
    double mean = Arrays.stream(v).sum() / v.length;
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(ss / v.length);
    // equal values can leave a rounding residue (e.g. 0.9 × 3 / 3 ≠ 0.9): below this the set has no spread
    double noise = 1e-12 * Math.max(1, Arrays.stream(v).map(Math::abs).max().getAsDouble());
    if (sd <= noise) {
      sd = 0;
    }
    if (this == Z_SCORE) {
      return new double[] {mean, sd};
    }
    double median = median(v);
    double[] dev = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      dev[i] = Math.abs(v[i] - median);
    }
    double mad = median(dev) * 1.4826;
    if (mad <= noise) {
      mad = 0;
    }
    return new double[] {median, mad > 0 ? mad : sd};
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
