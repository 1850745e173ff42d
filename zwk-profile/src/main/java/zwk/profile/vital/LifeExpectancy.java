package zwk.profile.vital;

import zwk.profile.indicator.IndicatorDefinition;
import zwk.profile.indicator.IndicatorResult;

/** Lebenserwartung bei Geburt: {@code e_0 = T_0 / l_0} of the {@link LifeTable} built from {@code q_x}. */
public final class LifeExpectancy extends IndicatorDefinition {
  private final double a0;

  /** With {@code a_0 = 0.5}. */
  public LifeExpectancy() {
    this(0.5);
  }

  /** With the given infant separation factor {@code a_0}. */
  public LifeExpectancy(double a0) {
    super("life_expectancy_at_birth", "Lebenserwartung bei Geburt", "Life expectancy at birth", "Jahre",
        "e0 = T0 / l0 der Periodensterbetafel aus den Sterbewahrscheinlichkeiten q_x (L_x = l_x − d_x/2, L_0 = l_0 − (1 − a0)·d_0,"
            + " letztes Alter offen mit m = 2q/(2−q)); a0 = " + a0,
        "Destatis (Periodensterbetafel); Chiang/Preston life-table method");
    this.a0 = a0;
  }

  /** e0 from {@code q_0 … q_ω}; not computable for an invalid column (with the reason). */
  public IndicatorResult compute(double[] qx) {
    try {
      return IndicatorResult.of(LifeTable.fromQx(qx, a0).ex(0));
    } catch (IllegalArgumentException e) {
      return IndicatorResult.notComputable(e.getMessage());
    }
  }
}
