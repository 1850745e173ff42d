// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.util.List;
import zwk.profile.population.AgeDistribution;
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
