// SPDX-License-Identifier: Apache-2.0
package zwk.profile.vital;

import java.util.Map;
import java.util.SortedMap;
import zwk.profile.indicator.IndicatorDefinition;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.reason.Reason;

/**
 * Zusammengefasste Geburtenziffer (total fertility rate): {@code TFR = Σ_{a=from}^{to} f_a / 1000},
 * where {@code f_a} is the number of live births per 1,000 women aged {@code a} (age-specific
 * fertility rate, GENESIS 12612-0008). Default ages 15–49.
 */
public final class TotalFertilityRate extends IndicatorDefinition {
  private final int fromAge;
  private final int toAge;

  /** Ages 15 to 49, as Destatis. */
  public TotalFertilityRate() {
    this(15, 49);
  }

  /**
   * Custom age span.
   *
   * @throws IllegalArgumentException unless {@code 0 <= fromAge <= toAge}
   */
  public TotalFertilityRate(int fromAge, int toAge) {
    super("total_fertility_rate", "Zusammengefasste Geburtenziffer", "Total fertility rate", "Kinder je Frau",
        "Summe der altersspezifischen Geburtenziffern (Lebendgeborene je 1.000 Frauen) der Alter " + fromAge + " bis " + toAge
            + " / 1.000",
        "Destatis (zusammengefasste Geburtenziffer, Tabelle 12612-0008)");
    if (fromAge < 0 || toAge < fromAge) {
      throw new IllegalArgumentException("ages: expected 0 <= fromAge <= toAge, got " + fromAge + ".." + toAge);
    }
    this.fromAge = fromAge;
    this.toAge = toAge;
  }

  /**
   * The TFR from rates per 1,000 women by single year of age; not computable when an age of the span
   * is missing or a rate is negative or not finite.
   */
  public IndicatorResult compute(SortedMap<Integer, Double> ratesPer1000) {
    double sum = 0;
    for (int a = fromAge; a <= toAge; a++) {
      Double r = ratesPer1000.get(a);
      if (r == null) {
        return IndicatorResult.notComputable(Reason.noFertilityRate(a, fromAge, toAge));
      }
      if (!Double.isFinite(r) || r < 0) {
        return IndicatorResult.notComputable(Reason.invalidFertilityRate(a, r));
      }
      sum += r;
    }
    for (Map.Entry<Integer, Double> e : ratesPer1000.entrySet()) {
      if (e.getKey() < fromAge || e.getKey() > toAge) {
        return IndicatorResult.notComputable(Reason.fertilityRateOutsideSpan(e.getKey(), fromAge, toAge));
      }
    }
    return IndicatorResult.of(sum / 1000);
  }
}
