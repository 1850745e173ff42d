// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import zwk.model.statistics.AgeBand;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.reason.Reason;

/**
 * Durchschnittsalter: {@code Σ m_i · n_i / Σ n_i}, where {@code m_i} is the midpoint of band
 * {@code i} in exact years: {@code a + 0.5} for the single year {@code a} (people aged {@code a}
 * completed years are on average {@code a + ½} old), {@code (from + to + 1) / 2} for a closed band,
 * and {@code from + width / 2} for the open top band ({@link OpenBandAssumption}).
 */
final class MeanAge extends PopulationIndicator {
  private final OpenBandAssumption open;

  MeanAge(String id, OpenBandAssumption open) {
    this(id, "Durchschnittsalter", "Mean age", "Jahre",
        "Σ (Bandmitte × Anzahl) / Σ Anzahl; Bandmitte = a + 0,5 für Einzeljahr a, (von + bis + 1) / 2 für ein"
            + " geschlossenes Band, von + " + open.width() + " / 2 für das offene oberste Band",
        "Destatis (Durchschnittsalter der Bevölkerung); Mittelpunktregel für Altersgruppen", open);
  }

  private MeanAge(String id, String de, String en, String unit, String formula, String source, OpenBandAssumption open) {
    super(id, de, en, unit, formula, source);
    this.open = open;
  }

  static double midpoint(AgeBand b, OpenBandAssumption open) {
    return b.isOpen() ? b.from() + open.width() / 2 : (b.from() + b.to().getAsInt() + 1) / 2.0;
  }

  static double upper(AgeBand b, OpenBandAssumption open) {
    return b.isOpen() ? b.from() + open.width() : b.to().getAsInt() + 1;
  }

  @Override
  public IndicatorResult compute(AgeDistribution d) {
    double weighted = 0;
    long n = 0;
    for (int i = 0; i < d.size(); i++) {
      if (!d.isKnown(i)) {
        return IndicatorResult.notComputable(d.sumBands(i, i).notAvailableReason().get());
      }
      weighted += midpoint(d.band(i), open) * d.count(i);
      n += d.count(i);
    }
    if (n == 0) {
      return IndicatorResult.notComputable(Reason.zeroPopulation());
    }
    return IndicatorResult.of(weighted / n);
  }

  /** Compiled: the midpoints once; the same sum in band order. */
  @Override
  CompiledIndicator compile(BandSet bands) {
    double[] mid = new double[bands.size()];
    for (int i = 0; i < mid.length; i++) {
      mid[i] = midpoint(bands.band(i), open);
    }
    return b -> {
      if (!b.complete()) {
        return CompiledIndicator.NOT_COMPUTABLE;
      }
      double weighted = 0;
      long n = 0;
      for (int i = 0; i < mid.length; i++) {
        weighted += mid[i] * b.count[i];
        n += b.count[i];
      }
      return n == 0 ? CompiledIndicator.NOT_COMPUTABLE : weighted / n;
    };
  }
}
