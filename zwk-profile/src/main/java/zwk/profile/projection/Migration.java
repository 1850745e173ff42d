// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import zwk.model.statistics.Sex;

/**
 * Net migration (<em>Wanderungssaldo</em>: in-movers minus out-movers) per year by sex and band,
 * as counts of persons; negative values are net out-migration.
 *
 * <p>In a projection step the net migrants of band {@code x} are added to the population aged
 * {@code x} at the <em>end</em> of the year, after deaths (migrants are counted by their age at the
 * year's end; their deaths and births in the year of the move are not modelled separately). The
 * women among them count in the end-of-year exposure for births. A net out-migration that exceeds
 * the survivors of a band fails the projection rather than being cut to 0.
 */
public final class Migration {
  private static final Migration NONE = new Migration(null, null);

  private final double[] male; // null: none
  private final double[] female;

  private Migration(double[] male, double[] female) {
    this.male = male;
    this.female = female;
  }

  /** No migration. */
  public static Migration none() {
    return NONE;
  }

  /**
   * Net migrants per year by band (same length as the projection's bands).
   *
   * @throws IllegalArgumentException when the lengths differ or a value is not finite (naming the
   *     sex and index)
   */
  public static Migration of(double[] male, double[] female) {
    double[] m = Checks.finite(male, -1, "migration.male");
    return new Migration(m, Checks.finite(female, m.length, "migration.female"));
  }

  /**
   * A total net migration per year spread over sexes and bands in proportion to the weights:
   * {@code M_s,x = total · w_s,x / Σ w}.
   *
   * @throws IllegalArgumentException when {@code total} is not finite, the lengths differ, a weight
   *     is negative or not finite, or all weights are 0
   */
  public static Migration distribute(double total, double[] maleWeights, double[] femaleWeights) {
    if (!Double.isFinite(total)) {
      throw new IllegalArgumentException("total: expected a finite number of net migrants, got " + total);
    }
    double[] m = Checks.nonNegative(maleWeights, -1, "maleWeights");
    double[] f = Checks.nonNegative(femaleWeights, m.length, "femaleWeights");
    double sum = 0;
    for (int i = 0; i < m.length; i++) {
      sum += m[i] + f[i];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("weights: expected a positive sum, got " + sum);
    }
    for (int i = 0; i < m.length; i++) {
      m[i] = total * m[i] / sum;
      f[i] = total * f[i] / sum;
    }
    return new Migration(m, f);
  }

  /**
   * These net migrants multiplied by {@code factor} (e.g. a region's share of the national total);
   * {@link #none()} stays none.
   *
   * @throws IllegalArgumentException when {@code factor} is not finite
   */
  public Migration scaled(double factor) {
    if (!Double.isFinite(factor)) {
      throw new IllegalArgumentException("factor: expected a finite number, got " + factor);
    }
    if (male == null) {
      return this;
    }
    double[] m = new double[male.length];
    double[] f = new double[female.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = male[i] * factor;
      f[i] = female[i] * factor;
    }
    return new Migration(m, f);
  }

  /** Whether this is {@link #none()}. */
  public boolean isNone() {
    return male == null;
  }

  /** Number of bands, or 0 for {@link #none()}. */
  public int size() {
    return male == null ? 0 : male.length;
  }

  /** Net migrants of band {@code i} ({@link Sex#TOTAL}: both sexes); 0 for {@link #none()}. */
  public double count(Sex sex, int i) {
    if (male == null) {
      return 0;
    }
    switch (sex) {
      case MALE:
        return male[i];
      case FEMALE:
        return female[i];
      default:
        return male[i] + female[i];
    }
  }

  /** Net migrants of both sexes and all bands. */
  public double total() {
    double s = 0;
    for (int i = 0; i < size(); i++) {
      s += male[i] + female[i];
    }
    return s;
  }

  @Override
  public String toString() {
    return isNone() ? "Migration[none]" : "Migration[" + size() + " bands, total " + total() + "]";
  }
}
