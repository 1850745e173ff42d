// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.statistics.AgeBand;

/** A hand-made report for the renderer tests; every number here is checked in the output. */
final class SampleReports {
  private SampleReports() {}

  static ProfileReport sample(String swotText) {
    List<PyramidRow> pyramid = new ArrayList<>();
    // 17 five-year bands 0-4 … 75+, counts chosen by hand (men 1,000 + 10*i, women 1,100 + 20*i)
    for (int i = 0; i < 16; i++) {
      pyramid.add(new PyramidRow(AgeBand.of(5 * i, 5 * i + 4), 1000 + 10L * i, 1100 + 20L * i));
    }
    pyramid.add(new PyramidRow(AgeBand.openFrom(80), 412, 987));
    List<IndicatorRow> indicators = List.of(
        new IndicatorRow("youth_ratio", "Jugendquotient", Optional.of("je 100"), OptionalDouble.of(31.46),
            Optional.empty(), List.of(new IndicatorRow.Reference("Sachsen-Anhalt", 27.9),
                new IndicatorRow.Reference("Deutschland", 30.8))),
        new IndicatorRow("old_age_ratio", "Altenquotient", Optional.of("je 100"), OptionalDouble.of(38.24),
            Optional.empty(), List.of(new IndicatorRow.Reference("Sachsen-Anhalt", 47.1),
                new IndicatorRow.Reference("Deutschland", 36.5)), OptionalDouble.of(12.6), Optional.of("Gemeinden")),
        new IndicatorRow("median_age", "Medianalter", Optional.of("Jahre"), OptionalDouble.empty(),
            Optional.of("offene Altersgruppe"), List.of(new IndicatorRow.Reference("Deutschland", 45.9))));
    List<SwotEntry> swot = List.of(
        SwotEntry.builder().id("s1").category(SwotCategory.STRENGTH).text(swotText)
            .addCitedIndicatorIds("youth_ratio").actionFieldId("work-economy").build(),
        SwotEntry.builder().id("s2").category(SwotCategory.THREAT)
            .text("Wachsende Zahl Hochbetagter").addCitedIndicatorIds("old_age_ratio")
            .derivedByRule("old-age-ratio-above-state").build(),
        SwotEntry.builder().id("s3").category(SwotCategory.WEAKNESS)
            .text("Zu wenig Wohnraum").deferralReason("Landesprogramm abwarten").build());
    return new ProfileReport("15083040", "Barleben", Optional.of(LocalDate.of(2018, 12, 31)),
        List.of(new KeyFigure("Einwohner", "9.185"), new KeyFigure("Fläche", "29,75 km²")),
        pyramid, indicators, swot, Optional.of("Statistisches Bundesamt (Destatis), dl-de/by-2-0"));
  }
}
