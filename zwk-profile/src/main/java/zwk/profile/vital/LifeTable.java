// SPDX-License-Identifier: Apache-2.0
package zwk.profile.vital;

import java.util.Arrays;

/**
 * A period life table (<em>Sterbetafel</em>) computed from the death probabilities {@code q_x} of
 * single ages {@code 0 … ω}, radix {@code l_0 = 100,000}:
 *
 * <pre>
 *   d_x = l_x · q_x,  l_{x+1} = l_x − d_x
 *   L_0 = l_0 − (1 − a_0) · d_0        (a_0: mean fraction of the first year lived by infants who die)
 *   L_x = l_x − d_x / 2                (x = 1 … ω−1: deaths spread evenly over the year)
 *   L_ω = l_ω / μ_ω, μ_ω = −ln(1 − q_ω)  (the last age is the open interval ω+, closed with the constant
 *                                       force of mortality that q_ω implies; if q_ω = 1, L_ω = l_ω / 2)
 *   T_x = Σ_{y ≥ x} L_y,  e_x = T_x / l_x
 * </pre>
 *
 * {@code a_0} is a parameter: 0.5 is the textbook default, {@link InfantSeparation#andreevKingkade}
 * gives the sex-specific value of the Human Mortality Database (about 0.14 for Germany, close to the
 * 0.13 implied by the official table).
 */
public final class LifeTable {
  private final double[] qx;
  private final double[] lx;
  private final double[] dx;
  private final double[] bigLx;
  private final double[] tx;

  private LifeTable(double[] qx, double[] lx, double[] dx, double[] bigLx, double[] tx) {
    this.qx = qx;
    this.lx = lx;
    this.dx = dx;
    this.bigLx = bigLx;
    this.tx = tx;
  }

  /** The table with {@code a_0 = 0.5}. */
  public static LifeTable fromQx(double[] qx) {
    return fromQx(qx, 0.5);
  }

  /**
   * The table from {@code q_0 … q_ω}.
   *
   * @throws IllegalArgumentException naming the age when a {@code q_x} is outside [0, 1] or not
   *     finite, when no ages are given, when {@code q_ω} is 0 (the open last age would never end), or
   *     when {@code a0} is outside [0, 1]
   */
  public static LifeTable fromQx(double[] qx, double a0) {
    if (qx.length == 0) {
      throw new IllegalArgumentException("qx: expected at least one age, got none");
    }
    if (!(a0 >= 0 && a0 <= 1)) {
      throw new IllegalArgumentException("a0: expected 0..1, got " + a0);
    }
    for (int x = 0; x < qx.length; x++) {
      if (!(qx[x] >= 0 && qx[x] <= 1)) {
        throw new IllegalArgumentException("qx[" + x + "]: expected a probability 0..1, got " + qx[x]);
      }
    }
    int w = qx.length - 1;
    if (qx[w] == 0) {
      throw new IllegalArgumentException("qx[" + w + "]: expected > 0 for the open last age, got 0");
    }
    double[] l = new double[qx.length];
    double[] d = new double[qx.length];
    double[] bl = new double[qx.length];
    double[] t = new double[qx.length];
    l[0] = 100_000;
    for (int x = 0; x <= w; x++) {
      d[x] = l[x] * qx[x];
      if (x < w) {
        l[x + 1] = l[x] - d[x];
      }
    }
    for (int x = 0; x < w; x++) {
      bl[x] = x == 0 ? l[0] - (1 - a0) * d[0] : l[x] - d[x] / 2;
    }
    bl[w] = qx[w] == 1 ? l[w] / 2 : l[w] / -Math.log1p(-qx[w]);
    double sum = 0;
    for (int x = w; x >= 0; x--) {
      sum += bl[x];
      t[x] = sum;
    }
    return new LifeTable(qx.clone(), l, d, bl, t);
  }

  /** The highest age {@code ω} (the open last age). */
  public int maxAge() {
    return qx.length - 1;
  }

  /** The death probability {@code q_x} the table was built from. */
  public double qx(int x) {
    return qx[x];
  }

  /** Survivors {@code l_x} at exact age {@code x}. */
  public double lx(int x) {
    return lx[x];
  }

  /** Deaths {@code d_x}. */
  public double dx(int x) {
    return dx[x];
  }

  /** Person-years lived {@code L_x}. */
  public double bigLx(int x) {
    return bigLx[x];
  }

  /** Person-years remaining {@code T_x}. */
  public double tx(int x) {
    return tx[x];
  }

  /** Life expectancy {@code e_x = T_x / l_x}. */
  public double ex(int x) {
    return tx[x] / lx[x];
  }

  @Override
  public String toString() {
    return "LifeTable[0.." + maxAge() + ", e0=" + ex(0) + ", qx=" + Arrays.toString(Arrays.copyOf(qx, Math.min(3, qx.length))) + "…]";
  }
}
