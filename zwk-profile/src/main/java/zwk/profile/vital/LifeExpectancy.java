// SPDX-License-Identifier: Apache-2.0
package zwk.profile.vital;

import zwk.model.statistics.Sex;
import zwk.profile.indicator.IndicatorDefinition;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.reason.Reason;

/**
 * Lebenserwartung bei Geburt: {@code e_0 = T_0 / l_0} of the {@link LifeTable} built from the
 * death probabilities {@code q_x} (last age closed with the constant force of mortality
 * {@code −ln(1 − q_ω)}). The infant factor {@code a_0} is fixed or, per sex, by
 * {@link InfantSeparation#andreevKingkade}.
 */
public final class LifeExpectancy extends IndicatorDefinition {
  private static final String FORMULA = "e0 = T0 / l0 der Periodensterbetafel aus den Sterbewahrscheinlichkeiten q_x:"
      + " L_x = l_x − d_x/2, L_0 = l_0 − (1 − a0)·d_0, letztes Alter offen mit konstanter Sterbeintensität −ln(1 − q)";
  private final double a0;
  private final Sex sex; // null: fixed a0

  private LifeExpectancy(double a0, Sex sex, String a0Words) {
    super("life_expectancy_at_birth", "Lebenserwartung bei Geburt", "Life expectancy at birth", "Jahre", FORMULA + "; " + a0Words,
        "Destatis (Periodensterbetafel); Human Mortality Database Methods Protocol (a0 nach Andreev/Kingkade 2015)");
    this.a0 = a0;
    this.sex = sex;
  }

  /** With {@code a_0 = 0.5}. */
  public LifeExpectancy() {
    this(0.5);
  }

  /**
   * With a fixed infant separation factor.
   *
   * @throws IllegalArgumentException when {@code a0} is outside [0, 1]
   */
  public LifeExpectancy(double a0) {
    this(checkA0(a0), null, "a0 = " + a0);
  }

  /** For one sex: {@code a_0} by Andreev/Kingkade from the table's {@code q_0} (0.5 for {@link Sex#TOTAL}). */
  public static LifeExpectancy forSex(Sex sex) {
    return new LifeExpectancy(0.5, java.util.Objects.requireNonNull(sex, "sex"), "a0 nach Andreev/Kingkade (" + sex.code() + ")");
  }

  private static double checkA0(double a0) {
    if (!(a0 >= 0 && a0 <= 1)) {
      throw new IllegalArgumentException("a0: expected 0..1, got " + a0);
    }
    return a0;
  }

  /**
   * e0 from {@code q_0 … q_ω}; not computable for an invalid column: none given
   * ({@link zwk.profile.reason.ReasonCode#NO_DEATH_PROBABILITIES}), a value outside 0..1
   * ({@code INVALID_DEATH_PROBABILITY}) or 0 for the open last age ({@code ZERO_LAST_DEATH_PROBABILITY}).
   */
  public IndicatorResult compute(double[] qx) {
    Reason problem = problem(qx);
    if (problem != null) {
      return IndicatorResult.notComputable(problem);
    }
    double a = a0;
    if (sex != null && sex != Sex.TOTAL) {
      a = InfantSeparation.andreevKingkade(sex, qx[0]);
    }
    return IndicatorResult.of(LifeTable.fromQx(qx, a).ex(0));
  }

  /** The checks of {@link LifeTable#fromQx(double[], double)} on the column, as a reason; null when valid. */
  private static Reason problem(double[] qx) {
    if (qx.length == 0) {
      return Reason.noDeathProbabilities();
    }
    for (int x = 0; x < qx.length; x++) {
      if (!(qx[x] >= 0 && qx[x] <= 1)) {
        return Reason.invalidDeathProbability(x, qx[x]);
      }
    }
    return qx[qx.length - 1] == 0 ? Reason.zeroLastDeathProbability(qx.length - 1) : null;
  }
}
