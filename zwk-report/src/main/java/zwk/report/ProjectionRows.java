// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import zwk.model.profile.Indicator;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.MunicipalProfile;

/**
 * The projection rows of a report from the profile's {@code projected_*} indicator values (written by
 * zwk-profile's {@code ProjectionIndicators}), the start year first; a group without a value is
 * {@code NaN} (the chart leaves it out). Empty when the profile has no projection.
 */
final class ProjectionRows {
  static final String PREFIX = "projected_";
  private static final String[] IDS = {"projected_population", "projected_under_20", "projected_20_64", "projected_65_plus",
      "projected_80_plus"};

  private ProjectionRows() {}

  static List<ProjectionRow> of(MunicipalProfile profile) {
    Map<Integer, double[]> byYear = new TreeMap<>();
    for (IndicatorValue v : profile.indicatorValues()) {
      for (int i = 0; i < IDS.length; i++) {
        if (v.indicatorId().equals(IDS[i]) && v.referenceDate().isPresent() && v.value().isPresent()) {
          byYear.computeIfAbsent(v.referenceDate().get().getYear(), y -> {
            double[] nan = new double[IDS.length];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
          })[i] = v.value().get();
        }
      }
    }
    List<ProjectionRow> rows = new ArrayList<>();
    byYear.forEach((y, v) -> rows.add(new ProjectionRow(y, v[0], v[1], v[2], v[3], v[4])));
    return rows;
  }

  static Optional<String> assumptions(MunicipalProfile profile) {
    return profile.indicators().stream().filter(i -> i.id().equals(IDS[0])).findFirst().flatMap(Indicator::source);
  }
}
