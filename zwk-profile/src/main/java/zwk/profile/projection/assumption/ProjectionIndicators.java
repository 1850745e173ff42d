// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import zwk.model.profile.Indicator;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.statistics.Sex;
import zwk.profile.projection.Cohorts;

/**
 * The projection in a Kommunalprofil: five indicators per projected year (31 December), as
 * indicator values of the profile so that the {@code zwk.profile} document carries them without a
 * new model type — {@code projected_population} (all ages), {@code projected_under_20},
 * {@code projected_20_64}, {@code projected_65_plus}, {@code projected_80_plus}, in persons
 * (the projection's expected values rounded half up to whole persons).
 */
public final class ProjectionIndicators {
  private ProjectionIndicators() {}

  /** The ids, in the order above. */
  public static final List<String> IDS = List.of("projected_population", "projected_under_20", "projected_20_64",
      "projected_65_plus", "projected_80_plus");

  private static final String[][] NAMES = {
      {"Vorausberechnete Bevölkerung", "Projected population", "all ages"},
      {"Vorausberechnet: unter 20 Jahre", "Projected: under 20", "aged 0 to 19"},
      {"Vorausberechnet: 20 bis 64 Jahre", "Projected: 20 to 64", "aged 20 to 64"},
      {"Vorausberechnet: 65 Jahre und älter", "Projected: 65 and over", "aged 65 and over"},
      {"Vorausberechnet: 80 Jahre und älter", "Projected: 80 and over", "aged 80 and over"}};

  /** The indicator definitions, naming the variant. */
  public static List<Indicator> indicators(ProjectionAssumptions a) {
    List<Indicator> l = new ArrayList<>();
    for (int i = 0; i < IDS.size(); i++) {
      l.add(Indicator.builder().id(IDS.get(i)).germanName(NAMES[i][0]).englishName(NAMES[i][1]).unit("Personen")
          .definition("Persons " + NAMES[i][2] + " on 31 December of the year, cohort-component projection from the"
              + " population on the start date with the assumptions " + a.id() + " (zwk-profile)")
          .source(a.name().orElse(a.id())).build());
    }
    return l;
  }

  /**
   * The five groups of one population: total, under 20, 20–64, 65+, 80+; a group that starts inside the
   * open band (80+ of a population whose open band is 75+) is {@code NaN}.
   */
  public static double[] groups(Cohorts c) {
    double[] g = new double[5];
    int[][] ages = {{0, -1}, {0, 19}, {20, 64}, {65, -1}, {80, -1}};
    for (int i = 0; i < g.length; i++) {
      boolean fits = ages[i][0] <= c.openFrom() && (ages[i][1] < 0 || ages[i][1] < c.openFrom());
      g[i] = fits ? c.sum(Sex.TOTAL, ages[i][0], ages[i][1]) : Double.NaN;
    }
    return g;
  }

  /**
   * {@code profile} with the indicators and, for every year {@code k = 0 … years} of {@code region}
   * (0: the start population, split to single years), the five values dated 31.12. of that year; a
   * group that does not fit the bands ({@code NaN} in {@link #groups}) is left out.
   */
  public static MunicipalProfile addTo(MunicipalProfile profile, RegionalProjection projection, String region,
      ProjectionAssumptions a) {
    MunicipalProfile.Builder b = MunicipalProfile.builder().from(profile);
    b.addAllIndicators(indicators(a));
    for (int k = 0; k <= projection.years(); k++) {
      double[] g = groups(projection.population(region, k));
      LocalDate date = LocalDate.of(projection.startDate().getYear() + k, 12, 31);
      for (int i = 0; i < IDS.size(); i++) {
        if (Double.isNaN(g[i])) {
          continue;
        }
        b.addIndicatorValues(IndicatorValue.builder().indicatorId(IDS.get(i)).regionKey(region).referenceDate(date)
            .value((double) Math.round(g[i])).build());
      }
    }
    return b.build();
  }
}
