// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zwk.model.profile.SwotEntry;

/**
 * What the Kommunalprofil report shows: a small view model, independent of how it was computed, so
 * that it can be filled from zwk-profile's results or by hand.
 *
 * @param regionKey AGS or ARS of the profiled region
 * @param regionName its name
 * @param referenceDate date of the statistics (<em>Stichtag</em>), if known
 * @param keyFigures key figures (population, area …), formatted
 * @param pyramid population by age band and sex, youngest band first
 * @param indicators indicators with reference values
 * @param swot the SWOT entries; {@link SwotEntry#citedIndicatorIds()} link to {@link IndicatorRow#id()}
 * @param source source citation printed under the report (licence, data source)
 * @param peers the most similar regions (may be empty)
 * @param recommendations the recommended tools of the Werkzeugkoffer (may be empty)
 * @param projection the population projection by year, the start year first (empty: no projection section)
 * @param projectionAssumptions the name of the projection's assumptions, printed with the chart
 */
public record ProfileReport(String regionKey, String regionName, Optional<LocalDate> referenceDate,
    List<KeyFigure> keyFigures, List<PyramidRow> pyramid, List<IndicatorRow> indicators,
    List<SwotEntry> swot, Optional<String> source, List<PeerRow> peers, List<RecommendationRow> recommendations,
    List<ProjectionRow> projection, Optional<String> projectionAssumptions) {

  /** A report without peers, recommendations and projection. */
  public ProfileReport(String regionKey, String regionName, Optional<LocalDate> referenceDate, List<KeyFigure> keyFigures,
      List<PyramidRow> pyramid, List<IndicatorRow> indicators, List<SwotEntry> swot, Optional<String> source) {
    this(regionKey, regionName, referenceDate, keyFigures, pyramid, indicators, swot, source, List.of(), List.of());
  }

  /** A report without a projection. */
  public ProfileReport(String regionKey, String regionName, Optional<LocalDate> referenceDate, List<KeyFigure> keyFigures,
      List<PyramidRow> pyramid, List<IndicatorRow> indicators, List<SwotEntry> swot, Optional<String> source,
      List<PeerRow> peers, List<RecommendationRow> recommendations) {
    this(regionKey, regionName, referenceDate, keyFigures, pyramid, indicators, swot, source, peers, recommendations,
        List.of(), Optional.empty());
  }

  /** Checks that every part is present; copies the lists. */
  public ProfileReport {
    Objects.requireNonNull(regionKey, "regionKey");
    Objects.requireNonNull(regionName, "regionName");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(source, "source");
    keyFigures = List.copyOf(keyFigures);
    pyramid = List.copyOf(pyramid);
    indicators = List.copyOf(indicators);
    swot = List.copyOf(swot);
    peers = List.copyOf(peers);
    recommendations = List.copyOf(recommendations);
    projection = List.copyOf(projection);
    Objects.requireNonNull(projectionAssumptions, "projectionAssumptions");
  }

  /** The same report with peers and recommendations. */
  public ProfileReport withTransfer(List<PeerRow> newPeers, List<RecommendationRow> newRecommendations) {
    return new ProfileReport(regionKey, regionName, referenceDate, keyFigures, pyramid, indicators, swot, source, newPeers,
        newRecommendations, projection, projectionAssumptions);
  }

  /** The indicator row with this id, if the report has one. */
  public Optional<IndicatorRow> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
