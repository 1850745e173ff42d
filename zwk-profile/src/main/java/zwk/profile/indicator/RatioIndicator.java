// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.util.List;
import org.jspecify.annotations.Nullable;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.CountResult;

/**
 * {@code sum(numerator age ranges) / sum(denominator age ranges) × factor}; an empty denominator
 * list means the whole population.
 */
final class RatioIndicator extends PopulationIndicator {
  private final List<AgeRange> numerator;
  private final List<AgeRange> denominator;
  private final double factor;

  RatioIndicator(String id, String de, String en, String unit, String formula, String source,
      List<AgeRange> numerator, List<AgeRange> denominator, double factor) {
    super(id, de, en, unit, formula, source);
    this.numerator = List.copyOf(numerator);
    this.denominator = List.copyOf(denominator);
    this.factor = factor;
  }

  @Override
  public IndicatorResult compute(AgeDistribution d) {
    CountResult den = denominator.isEmpty() ? d.total() : sum(d, denominator);
    return IndicatorResult.ratio(sum(d, numerator), den, factor);
  }

  /**
   * Compiled: the same long sums (from prefix sums), then {@code (double) num / den * factor} as
   * {@link IndicatorResult#ratio}.
   */
  @Override
  CompiledIndicator compile(BandSet bands) {
    int[] num = indices(numerator, bands);
    int[] den = denominator.isEmpty() ? new int[] {0, bands.size() - 1} : indices(denominator, bands);
    if (num == null || den == null) {
      return b -> CompiledIndicator.NOT_COMPUTABLE;
    }
    return new RangeRatio(num, den, factor);
  }

  /** The band index pairs of the ranges, or null when one of them fits no bands. */
  private static int @Nullable [] indices(List<AgeRange> ranges, BandSet bands) {
    int[] out = new int[2 * ranges.size()];
    for (int k = 0; k < ranges.size(); k++) {
      int[] r = ranges.get(k).bandIndices(bands);
      if (r == null) {
        return null;
      }
      out[2 * k] = r[0];
      out[2 * k + 1] = r[1];
    }
    return out;
  }

  static CountResult sum(AgeDistribution d, List<AgeRange> ranges) {
    long s = 0;
    for (AgeRange r : ranges) {
      CountResult c = r.count(d);
      if (!c.isKnown()) {
        return c;
      }
      s += c.value();
    }
    return CountResult.of(s);
  }
}
