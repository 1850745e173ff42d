// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.CountResult;

/** The number of people in an age range (a count as indicator value). */
final class CountIndicator extends PopulationIndicator {
  private final AgeRange range;

  CountIndicator(String id, String de, String en, String formula, String source, AgeRange range) {
    super(id, de, en, "Personen", formula, source);
    this.range = range;
  }

  @Override
  public IndicatorResult compute(AgeDistribution d) {
    CountResult c = range.count(d);
    return c.isKnown() ? IndicatorResult.of(c.value()) : IndicatorResult.notComputable(c.notAvailableReason().get());
  }

  @Override
  CompiledIndicator compile(BandSet bands) {
    int[] r = range.bandIndices(bands);
    if (r == null) {
      return b -> CompiledIndicator.NOT_COMPUTABLE;
    }
    return new RangeRatio(r, null, 1);
  }
}
