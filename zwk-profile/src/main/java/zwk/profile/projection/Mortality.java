// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.vital.InfantSeparation;
import zwk.profile.vital.LifeTable;

/**
 * The one-year death probabilities of the projection bands by sex, and the survival of births to
 * the end of their year of birth. The value of band {@code x} is the probability that a person aged
 * {@code x} (completed years) at the start of a year dies before its end; its complement is the
 * survival ratio {@code S_x}. Persons of band {@code x < ω} who survive are aged {@code x+1} at the
 * end; the survivors of the open band {@code ω+} <em>stay</em> in it.
 *
 * <p>Two sources, documented at their factories:
 * <ul>
 *   <li>{@link #ofQx}: plain death probabilities {@code q_x} (exact age {@code x} to {@code x+1}),
 *       applied as {@code S_x = 1 − q_x} to the persons aged {@code x} to {@code x+1}: the simple
 *       convention of many single-year projections; it understates deaths a little where mortality
 *       rises with age (by about half a year of ageing).
 *   <li>{@link #fromLifeTables}: the survival ratios of the period life table,
 *       {@code S_x = L_{x+1} / L_x}, {@code S_ω = T_{ω+1} / T_ω} (the textbook cohort-component
 *       convention, e.g. Preston, Heuveline &amp; Guillot 2001, ch. 6), which age the persons of a band
 *       over the whole year they actually live through.
 * </ul>
 *
 * <p>Births survive to the end of the year with {@code s_B = L_0 / l_0 = 1 − (1 − a_0) q_0}: a child
 * born in the year lives on average part of it, and {@code a_0} is the fraction of the first year
 * that infants who die have lived.
 */
public final class Mortality {
  private final double[] male;
  private final double[] female;
  private final double birthSurvivalMale;
  private final double birthSurvivalFemale;

  private Mortality(double[] male, double[] female, double birthSurvivalMale, double birthSurvivalFemale) {
    this.male = male;
    this.female = female;
    this.birthSurvivalMale = birthSurvivalMale;
    this.birthSurvivalFemale = birthSurvivalFemale;
  }

  /**
   * From {@code q_x} per sex, one value per projection band (the last one for the open band), used as
   * {@code S_x = 1 − q_x}, with {@code a_0} per sex by Andreev/Kingkade
   * ({@link InfantSeparation#andreevKingkade}).
   *
   * @throws IllegalArgumentException when the lengths differ, a length is below 2, or a {@code q_x}
   *     is outside [0, 1] (naming the sex and index)
   */
  public static Mortality ofQx(double[] qxMale, double[] qxFemale) {
    double[] m = check(qxMale, qxFemale);
    double[] f = Checks.probabilities(qxFemale, m.length, "qx.female");
    return new Mortality(m, f, 1 - (1 - InfantSeparation.andreevKingkade(Sex.MALE, m[0])) * m[0],
        1 - (1 - InfantSeparation.andreevKingkade(Sex.FEMALE, f[0])) * f[0]);
  }

  /**
   * From {@code q_x} per sex with fixed infant separation factors {@code a_0} (0.5: infants who die
   * have lived half of their first year on average), used as {@code S_x = 1 − q_x}.
   *
   * @throws IllegalArgumentException as {@link #ofQx(double[], double[])}, or when an {@code a_0} is
   *     outside [0, 1]
   */
  public static Mortality ofQx(double[] qxMale, double[] qxFemale, double a0Male, double a0Female) {
    double[] m = check(qxMale, qxFemale);
    double[] f = Checks.probabilities(qxFemale, m.length, "qx.female");
    checkA0(a0Male, "a0Male");
    checkA0(a0Female, "a0Female");
    return new Mortality(m, f, 1 - (1 - a0Male) * m[0], 1 - (1 - a0Female) * f[0]);
  }

  private static double[] check(double[] qxMale, double[] qxFemale) {
    java.util.Objects.requireNonNull(qxMale, "qx.male");
    java.util.Objects.requireNonNull(qxFemale, "qx.female");
    if (qxMale.length < 2) {
      throw new IllegalArgumentException("qx.male: expected at least 2 ages (0 and the open band), got " + qxMale.length);
    }
    return Checks.probabilities(qxMale, -1, "qx.male");
  }

  private static void checkA0(double a0, String parameter) {
    if (!(a0 >= 0 && a0 <= 1)) {
      throw new IllegalArgumentException(parameter + ": expected 0..1, got " + a0);
    }
  }

  /**
   * From period life tables per sex, collapsed to {@code bands} (single years, open top band
   * {@code ω+} with {@code ω <= maxAge} of the tables), as death probabilities {@code 1 − S_x} of the
   * survival ratios
   *
   * <pre>
   *   S_x = L_{x+1} / L_x                       (x &lt; ω; 0 when L_x = 0)
   *   S_ω = T_{ω+1} / T_ω                       (ω &lt; maxAge: the stationary population aged ω and over)
   *   S_ω = 1 − q_ω                             (ω = maxAge: the constant force of the table's last age)
   *   s_B = L_0 / l_0                           (survival of births to the year's end)
   * </pre>
   *
   * @throws IllegalArgumentException when the bands are not single years with an open top, or the
   *     open band starts above a table's last age
   */
  public static Mortality fromLifeTables(LifeTable male, LifeTable female, BandSet bands) {
    Checks.singleYearsOpenTop(bands, "bands");
    int omega = bands.band(bands.size() - 1).from();
    return new Mortality(collapse(male, omega, "male"), collapse(female, omega, "female"), male.bigLx(0) / male.lx(0),
        female.bigLx(0) / female.lx(0));
  }

  private static double[] collapse(LifeTable t, int omega, String parameter) {
    if (omega > t.maxAge()) {
      throw new IllegalArgumentException(parameter + ": expected a life table up to at least age " + omega
          + " (the open band of the projection), got ages 0.." + t.maxAge());
    }
    double[] q = new double[omega + 1];
    for (int x = 0; x < omega; x++) {
      q[x] = t.bigLx(x) == 0 ? 1 : 1 - t.bigLx(x + 1) / t.bigLx(x);
    }
    if (omega == t.maxAge()) {
      q[omega] = t.qx(omega);
    } else {
      q[omega] = t.tx(omega) == 0 ? 1 : 1 - t.tx(omega + 1) / t.tx(omega);
    }
    return q;
  }

  /** Number of bands (single years and the open band). */
  public int size() {
    return male.length;
  }

  /** The one-year death probability {@code 1 − S_i} of band {@code i} for {@link Sex#MALE} or {@link Sex#FEMALE}. */
  public double deathProbability(Sex sex, int i) {
    return raw(sex)[i];
  }

  /** The survival of births of {@code sex} to the end of their year of birth, {@code s_B}. */
  public double birthSurvival(Sex sex) {
    return requireSex(sex) == Sex.MALE ? birthSurvivalMale : birthSurvivalFemale;
  }

  double[] raw(Sex sex) {
    return requireSex(sex) == Sex.MALE ? male : female;
  }

  private static Sex requireSex(Sex sex) {
    if (sex != Sex.MALE && sex != Sex.FEMALE) {
      throw new IllegalArgumentException("sex: expected MALE or FEMALE, got " + sex);
    }
    return sex;
  }

  @Override
  public String toString() {
    return "Mortality[" + size() + " bands, q0 m/f " + male[0] + "/" + female[0] + "]";
  }
}
