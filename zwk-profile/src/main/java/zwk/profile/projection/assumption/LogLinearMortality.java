// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import zwk.model.statistics.Sex;
import zwk.profile.vital.InfantSeparation;
import zwk.profile.vital.LifeTable;

/**
 * Turns a target life expectancy at birth into death probabilities with an age pattern of
 * improvement (Lee–Carter type, {@link MortalityMethod#LOG_LINEAR_IMPROVEMENT}): {@code q_x(k) =
 * min(1, q_x · exp(−k · b_x))} for every age {@code x} of the base table, where {@code b_x} is the
 * observed annual rate of decline of mortality at age {@code x} ({@link
 * AssumptionSources#mortalityImprovement}) and the one parameter {@code k} (in "years of the
 * observed trend"; negative: mortality above the base table) is solved by bisection so that the life
 * table of {@code q_x(k)} ({@code a_0} by Andreev/Kingkade) has {@code e_0 = target} to within 0.0001
 * years.
 *
 * <p>Why: mortality in Germany has fallen much faster at ages 60–80 than past 85 (2000–2018: about
 * 2 % a year against 0.6 %); a proportional change lowers the oldest ages' mortality as much as all
 * others and leaves too many survivors past 80. With {@code b_x ≥ 0} {@code e_0} rises with {@code
 * k}; an age with {@code b_x < 0} (rising mortality) is kept as observed, the bracket check below
 * catches a target the pattern cannot reach.
 */
public final class LogLinearMortality {
  private LogLinearMortality() {}

  private static final double K_LOW = -200;
  private static final double K_HIGH = 1000;

  /**
   * The life table with {@code e_0 = target} (see the class comment).
   *
   * @param baseQx {@code q_x} of the base table, ages {@code 0 … ω}
   * @param improvement {@code b_x}, same ages
   * @throws IllegalArgumentException when the arrays differ in length or the target is not between
   *     the {@code e_0} of {@code k = −200} and {@code k = 1000}
   */
  public static LifeTable solve(double[] baseQx, double[] improvement, Sex sex, double target) {
    if (improvement.length != baseQx.length) {
      throw new IllegalArgumentException("improvement: expected " + baseQx.length + " ages like the base table, got "
          + improvement.length);
    }
    double lo = K_LOW;
    double hi = K_HIGH;
    double eLo = e0(baseQx, improvement, sex, lo);
    double eHi = e0(baseQx, improvement, sex, hi);
    if (!(target > Math.min(eLo, eHi)) || !(target < Math.max(eLo, eHi))) {
      throw new IllegalArgumentException("lifeExpectancy" + (sex == Sex.MALE ? "Male" : "Female")
          + ": expected a target between " + Math.min(eLo, eHi) + " and " + Math.max(eLo, eHi)
          + " that the improvement pattern can reach, got " + target);
    }
    boolean rising = eHi > eLo;
    for (int i = 0; i < 200 && hi - lo > 1e-10; i++) {
      double mid = (lo + hi) / 2;
      if ((e0(baseQx, improvement, sex, mid) < target) == rising) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return table(baseQx, improvement, sex, (lo + hi) / 2);
  }

  static LifeTable table(double[] baseQx, double[] improvement, Sex sex, double k) {
    double[] q = new double[baseQx.length];
    for (int x = 0; x < q.length; x++) {
      q[x] = Math.min(1, baseQx[x] * Math.exp(-k * improvement[x]));
    }
    q[q.length - 1] = Math.max(q[q.length - 1], Double.MIN_NORMAL);
    return LifeTable.fromQx(q, InfantSeparation.andreevKingkade(sex, q[0]));
  }

  private static double e0(double[] baseQx, double[] improvement, Sex sex, double k) {
    return table(baseQx, improvement, sex, k).ex(0);
  }
}
