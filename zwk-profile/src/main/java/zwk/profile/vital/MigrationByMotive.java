// SPDX-License-Identifier: Apache-2.0
package zwk.profile.vital;

import java.time.LocalDate;
import java.util.List;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.IndicatorDefinition;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.WegweiserSource;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.CountResult;
import zwk.profile.population.PopulationTable;
import zwk.profile.reason.ReasonPart;

/**
 * Migration by motive (Wegweiser Kommune), as a four-year mean:
 *
 * <pre>
 *   rate_t = (Zuzüge_t(Altersgruppe) − Fortzüge_t(Altersgruppe)) / Bevölkerung_t(Altersgruppe) × 1000
 *   value  = (rate_{t1} + … + rate_{tn}) / n     (n = 4 by default: the mean of the annual rates)
 * </pre>
 *
 * The movement tables hold the moves of a year under the reference date that closes it (31.12.);
 * the population table holds the population at the same dates. All three must carry bands that
 * align with the motive's ages.
 */
public final class MigrationByMotive extends IndicatorDefinition {
  private final MigrationMotive motive;

  /** The indicator for one motive. */
  public MigrationByMotive(MigrationMotive motive) {
    super(motive.id(), motive.germanName() + " (je 1.000 Einw. der Altersgruppe, 4-Jahres-Mittel)",
        motive.englishName() + " (per 1,000 of the age group, 4-year mean)", "je 1.000 Einwohner der Altersgruppe",
        "Mittel über 4 Jahre von (Zuzüge − Fortzüge der " + motive.describeAges() + "-Jährigen) / Bevölkerung dieser Altersgruppe"
            + " × 1.000",
        WegweiserSource.TEXT);
    this.motive = motive;
  }

  /** The motive. */
  public MigrationMotive motive() {
    return motive;
  }

  /**
   * The mean of the annual rates over {@code years} (the reference dates, e.g. four year ends);
   * not computable when any year lacks data, a band does not align, or a group is empty.
   *
   * @throws IllegalArgumentException when {@code years} is empty or a table lacks the region or a date
   */
  public IndicatorResult compute(PopulationTable in, PopulationTable out, PopulationTable population, String region,
      List<LocalDate> years) {
    if (years.isEmpty()) {
      throw new IllegalArgumentException("years: expected at least one reference date, got none");
    }
    double sum = 0;
    for (LocalDate y : years) {
      IndicatorResult r = rate(in.distribution(region, y, Sex.TOTAL), out.distribution(region, y, Sex.TOTAL),
          population.distribution(region, y, Sex.TOTAL));
      if (!r.isComputable()) {
        return IndicatorResult.notComputable(r.notComputableReason().get().inYear(y));
      }
      sum += r.value();
    }
    return IndicatorResult.of(sum / years.size());
  }

  /** The rate of one year: net migration of the age group per 1,000 of the age group. */
  public IndicatorResult rate(AgeDistribution in, AgeDistribution out, AgeDistribution population) {
    return VitalBalances.perThousand(group(in), ReasonPart.IN_MIGRATION, group(out), ReasonPart.OUT_MIGRATION, group(population));
  }

  private CountResult group(AgeDistribution d) {
    long s = 0;
    for (int[] r : motive.ranges()) {
      CountResult c = d.sum(r[0], r[1]);
      if (!c.isKnown()) {
        return c;
      }
      s += c.value();
    }
    return CountResult.of(s);
  }
}
