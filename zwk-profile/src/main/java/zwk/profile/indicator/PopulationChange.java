// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.time.LocalDate;
import zwk.model.statistics.Sex;
import zwk.profile.population.CountResult;
import zwk.profile.population.PopulationTable;
import zwk.profile.reason.ReasonPart;

/**
 * Bevölkerungsentwicklung: {@code (P(to) − P(from)) / P(from) × 100}, the change of the population
 * between two reference dates in % (Wegweiser Kommune: over the last n years).
 */
public final class PopulationChange extends IndicatorDefinition {

  /** The indicator for a span of {@code years} years (id {@code population_change_<n>y}). */
  public PopulationChange(int years) {
    super("population_change_" + years + "y", "Bevölkerungsentwicklung über " + years + " Jahre",
        "Population change over " + years + " years", "%",
        "(Bevölkerung am Ende − Bevölkerung am Anfang) / Bevölkerung am Anfang × 100", WegweiserSource.TEXT);
  }

  /**
   * The change of the total over all ages of {@code sex} from {@code from} to {@code to}; not
   * computable when a count is unknown or the starting population is 0.
   *
   * @throws IllegalArgumentException when the table lacks the region or a date
   */
  public IndicatorResult compute(PopulationTable table, String region, LocalDate from, LocalDate to, Sex sex) {
    CountResult start = table.distribution(region, from, sex).total();
    CountResult end = table.distribution(region, to, sex).total();
    if (!end.isKnown()) {
      return IndicatorResult.notComputable(end.notAvailableReason().get().in(ReasonPart.END_POPULATION));
    }
    if (!start.isKnown()) {
      return IndicatorResult.notComputable(start.notAvailableReason().get().in(ReasonPart.START_POPULATION));
    }
    return IndicatorResult.ratio(CountResult.of(end.value() - start.value()), start, 100);
  }
}
