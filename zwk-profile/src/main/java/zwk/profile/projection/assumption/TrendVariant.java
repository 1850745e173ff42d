// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.Fertility;
import zwk.profile.projection.Mortality;

/**
 * The <em>trend variant</em> of a region: its own observed net migration carried forward. From a
 * table with the region's population by single year of age on 31.12. of the years {@code fromYear …
 * toYear}, the mean annual net migration by sex and age is estimated by the residual method
 * ({@link ResidualMigration}) and assumed constant for every future year (level and age-sex profile,
 * so a region that lost people keeps losing them). Fertility and mortality stay those of the
 * national variant given: a population table holds no births or deaths of its own. The births the
 * residual needs are estimated the same way, with the national rates of each year applied to the
 * region's women ({@code B = Σ f_a/1000 · (F_a(t−1) + F_a(t))/2}), and the survival is the national
 * mortality of {@code toYear}.
 */
public final class TrendVariant {
  private TrendVariant() {}

  /**
   * The trend variant of {@code region}, id {@code TREND-<region>}.
   *
   * @throws IllegalArgumentException when the table lacks a date or single years, or the region's
   *     mean net migration is exactly 0 (no profile to carry forward)
   */
  public static ProjectionAssumptions derive(PopulationTable table, String region, int fromYear, int toYear,
      ProjectionAssumptions national) {
    BandSet bands = table.bands();
    Mortality mortality = national.mortality().forYear(toYear, bands);
    int maxAge = bands.band(bands.size() - 1).from() - 1;
    double[][] births = new double[toYear - fromYear][2];
    for (int t = fromYear + 1; t <= toYear; t++) {
      Cohorts a = Cohorts.from(table, region, LocalDate.of(t - 1, 12, 31));
      Cohorts b = Cohorts.from(table, region, LocalDate.of(t, 12, 31));
      Fertility f = national.fertility().forYear(t, national.baseYear(), maxAge);
      double sum = 0;
      for (int x = f.fromAge(); x <= f.toAge(); x++) {
        sum += f.ratePer1000(x) / 1000 * (a.count(Sex.FEMALE, x) + b.count(Sex.FEMALE, x)) / 2;
      }
      births[t - fromYear - 1][0] = sum * f.boysShare();
      births[t - fromYear - 1][1] = sum * (1 - f.boysShare());
    }
    ResidualMigration r = ResidualMigration.estimate(table, region, fromYear, toYear, births, mortality);
    double total = r.total();
    if (total == 0) {
      throw new IllegalArgumentException("region " + region + ": expected a non-zero mean net migration " + fromYear + "-" + toYear
          + ", got 0");
    }
    String source = String.format(Locale.ROOT, "trend: mean annual net migration of region %s, 31.12.%d-31.12.%d, by the"
        + " residual method (zwk ResidualMigration; births from the national rates of %s)", region, fromYear, toYear, national.id());
    MigrationAssumption m = MigrationAssumption.builder()
        .netMigration(List.of(YearValue.of(toYear + 1, total, source)))
        .profileMale(AssumptionSources.list(r.shares(Sex.MALE)))
        .profileFemale(AssumptionSources.list(r.shares(Sex.FEMALE)))
        .source(source).build();
    return national.toBuilder().id("TREND-" + region)
        .name("trend variant of " + region + ": own net migration " + fromYear + "-" + toYear + ", fertility and mortality of "
            + national.id())
        .baseDate(LocalDate.of(toYear, 12, 31))
        .migration(m)
        .notes(List.of("Migration: " + source + ".", "Fertility and mortality: the national variant " + national.id() + "."))
        .build();
  }
}
