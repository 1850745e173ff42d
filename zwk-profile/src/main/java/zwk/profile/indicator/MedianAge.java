// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import zwk.model.statistics.AgeBand;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.reason.Reason;

/**
 * Medianalter: the age that halves the population, by linear interpolation inside the band that
 * holds the middle: {@code from + (N/2 − cum_before) / n_band × width}, where the width of a single
 * year is 1, of a closed band {@code to − from + 1}, of the open top band the
 * {@link OpenBandAssumption}.
 */
final class MedianAge extends PopulationIndicator {
  private final OpenBandAssumption open;

  MedianAge(String id, OpenBandAssumption open) {
    this(id, "Medianalter", "Median age", "Jahre",
        "Alter, das die Bevölkerung halbiert: lineare Interpolation im Band, in dem N/2 erreicht wird: von + (N/2 − kumuliert"
            + " davor) / Anzahl im Band × Bandbreite (offenes oberstes Band: Breite " + open.width() + ")",
        "Destatis (Medianalter); lineare Interpolation", open);
  }

  private MedianAge(String id, String de, String en, String unit, String formula, String source, OpenBandAssumption open) {
    super(id, de, en, unit, formula, source);
    this.open = open;
  }

  @Override
  public IndicatorResult compute(AgeDistribution d) {
    long n = 0;
    for (int i = 0; i < d.size(); i++) {
      if (!d.isKnown(i)) {
        return IndicatorResult.notComputable(d.sumBands(i, i).notAvailableReason().get());
      }
      n += d.count(i);
    }
    if (n == 0) {
      return IndicatorResult.notComputable(Reason.zeroPopulation());
    }
    double half = n / 2.0;
    long cum = 0;
    for (int i = 0; i < d.size(); i++) {
      long c = d.count(i);
      if (c > 0 && cum + c >= half) {
        AgeBand b = d.band(i);
        double width = MeanAge.upper(b, open) - b.from();
        return IndicatorResult.of(b.from() + (half - cum) / c * width);
      }
      cum += c;
    }
    throw new IllegalStateException("median not found although N = " + n);
  }

  /** Compiled: band starts and widths once; the same interpolation. */
  @Override
  CompiledIndicator compile(BandSet bands) {
    int[] from = new int[bands.size()];
    double[] width = new double[bands.size()];
    for (int i = 0; i < from.length; i++) {
      AgeBand band = bands.band(i);
      from[i] = band.from();
      width[i] = MeanAge.upper(band, open) - band.from();
    }
    return b -> {
      if (!b.complete()) {
        return CompiledIndicator.NOT_COMPUTABLE;
      }
      long n = b.sum[b.n];
      if (n == 0) {
        return CompiledIndicator.NOT_COMPUTABLE;
      }
      double half = n / 2.0;
      long cum = 0;
      for (int i = 0; i < from.length; i++) {
        long c = b.count[i];
        if (c > 0 && cum + c >= half) {
          return from[i] + (half - cum) / c * width[i];
        }
        cum += c;
      }
      throw new IllegalStateException("median not found although N = " + n);
    };
  }
}
