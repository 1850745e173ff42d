// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import zwk.model.statistics.Sex;
import zwk.profile.vital.InfantSeparation;
import zwk.profile.vital.LifeTable;

/**
 * Turns a target life expectancy at birth into death probabilities by a proportional change of a base
 * life table: {@code q_x(k) = min(1, k · q_x)} for every age {@code x}, with the one factor {@code k}
 * solved so that the life table of {@code q_x(k)} (with {@code a_0} by Andreev/Kingkade,
 * {@link InfantSeparation#andreevKingkade}) has {@code e_0 = target} to within 0.0001 years.
 * {@code e_0} falls strictly as {@code k} rises, so bisection over {@code k ∈ [0, 8]} finds it.
 *
 * <p>Why this method: it needs nothing but the base table and the target, keeps the age pattern of
 * the base table, and is the rule the issue names ("a proportional reduction of mortality solved each
 * year to reach the target e0"). It is not Destatis' own method (which extrapolates age-specific
 * trends); docs/indicators.md lists what this costs in the reproduction of 12421-0002.
 */
public final class ProportionalMortality {
  private ProportionalMortality() {}

  /**
   * The life table with {@code e_0 = target} (see the class comment).
   *
   * @throws IllegalArgumentException when the target cannot be reached (below the {@code e_0} of
   *     {@code k = 8} or at or above the {@code e_0} of {@code k → 0})
   */
  public static LifeTable solve(double[] baseQx, Sex sex, double target) {
    double lo = 0;
    double hi = 8;
    if (!(target > e0(baseQx, sex, hi)) || !(target < e0(baseQx, sex, 1e-9))) {
      throw new IllegalArgumentException("lifeExpectancy" + (sex == Sex.MALE ? "Male" : "Female")
          + ": expected a target the base table can reach by proportional change, got " + target);
    }
    for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
      double mid = (lo + hi) / 2;
      if (e0(baseQx, sex, mid) > target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return table(baseQx, sex, (lo + hi) / 2);
  }

  static LifeTable table(double[] baseQx, Sex sex, double k) {
    double[] q = new double[baseQx.length];
    for (int x = 0; x < q.length; x++) {
      q[x] = Math.min(1, k * baseQx[x]);
    }
    q[q.length - 1] = Math.max(q[q.length - 1], Double.MIN_NORMAL);
    return LifeTable.fromQx(q, InfantSeparation.andreevKingkade(sex, q[0]));
  }

  private static double e0(double[] baseQx, Sex sex, double k) {
    return table(baseQx, sex, k).ex(0);
  }
}
