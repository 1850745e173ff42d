// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import zwk.model.profile.Indicator;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.ReferenceValue;
import zwk.model.region.FederalState;
import zwk.model.region.Municipality;
import zwk.model.statistics.Sex;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.CountResult;
import zwk.profile.population.PopulationTable;

/**
 * Fills a {@link ProfileReport} from zwk-profile's results: the {@link MunicipalProfile} (indicators
 * with references, SWOT) and the {@link PopulationTable} it was built from (key figures, pyramid).
 */
public final class ProfileReports {
  private static final String PEERS = "peers:";

  private ProfileReports() {}

  /**
   * The report of a profile.
   *
   * @param profile the Kommunalprofil (its region key must be in the table)
   * @param table the population it was computed from
   * @param date the reference date of the population
   * @param municipality the register entry of the region, for area and density, if known
   * @param regionNames names of regions by key, may return null; Länder and {@code DG} fall back to
   *     their official names
   * @param source source citation for the footer
   * @param locale language of labels and numbers; the "not computable" reasons are taken from the
   *     profile as written, so build it in the same language
   *     ({@code MunicipalProfileBuilder.locale(locale)})
   */
  public static ProfileReport from(MunicipalProfile profile, PopulationTable table, LocalDate date,
      Optional<Municipality> municipality, Function<String, String> regionNames, String source, Locale locale) {
    String key = profile.regionKey().orElseThrow(() -> new IllegalArgumentException("profile: expected a region key"));
    boolean en = "en".equals(locale.getLanguage());
    ReportFormat fmt = new ReportFormat(locale);
    String name = profile.regionName().orElseGet(() -> Optional.ofNullable(regionNames.apply(key)).orElse(key));

    List<KeyFigure> figures = new ArrayList<>();
    CountResult total = table.distribution(key, date, Sex.TOTAL).total();
    CountResult male = table.distribution(key, date, Sex.MALE).total();
    CountResult female = table.distribution(key, date, Sex.FEMALE).total();
    if (total.isKnown()) {
      figures.add(new KeyFigure(en ? "Population" : "Einwohner", fmt.count(total.value())));
    }
    if (male.isKnown() && female.isKnown()) {
      figures.add(new KeyFigure(en ? "Men / women" : "Männer / Frauen",
          fmt.count(male.value()) + " / " + fmt.count(female.value())));
    }
    municipality.flatMap(Municipality::areaKm2).ifPresent(area -> {
      figures.add(new KeyFigure(en ? "Area" : "Fläche", fmt.decimal(area.doubleValue()) + " km²"));
      if (total.isKnown() && area.signum() > 0) {
        BigDecimal density = BigDecimal.valueOf(total.value()).divide(area, 0, RoundingMode.HALF_UP);
        figures.add(new KeyFigure(en ? "Inhabitants per km²" : "Einwohner je km²", fmt.count(density.longValue())));
      }
    });
    for (String id : List.of("old_age_ratio", "mean_age")) {
      profile.indicatorValue(id).flatMap(IndicatorValue::value).ifPresent(v ->
          figures.add(new KeyFigure(indicatorName(profile, id, en), fmt.decimal(v))));
    }

    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorValue v : profile.indicatorValues()) {
      if (v.indicatorId().startsWith("age_group_")) {
        continue; // the functional age groups are counts and shares of the pyramid; the chart shows the ratios
      }
      if (v.indicatorId().startsWith(ProjectionRows.PREFIX)) {
        continue; // the projection has its own chart (ProjectionRows)
      }
      List<IndicatorRow.Reference> refs = new ArrayList<>();
      OptionalDouble percentile = OptionalDouble.empty();
      Optional<String> peers = Optional.empty();
      for (ReferenceValue r : v.references()) {
        if (r.regionKey().startsWith(PEERS)) {
          String group = peerGroup(r.regionKey().substring(PEERS.length()), en);
          refs.add(new IndicatorRow.Reference((en ? "Median of all " : "Median aller ") + group, r.value()));
          if (r.percentile().isPresent()) {
            percentile = OptionalDouble.of(r.percentile().get());
            peers = Optional.of(group);
          }
        } else {
          refs.add(new IndicatorRow.Reference(referenceName(r, regionNames, en), r.value()));
        }
      }
      Optional<Indicator> def = profile.indicators().stream().filter(i -> i.id().equals(v.indicatorId())).findFirst();
      rows.add(new IndicatorRow(v.indicatorId(), indicatorName(profile, v.indicatorId(), en),
          def.flatMap(Indicator::unit), v.value().map(OptionalDouble::of).orElse(OptionalDouble.empty()),
          v.notComputableReason(), refs, percentile, peers));
    }
    return new ProfileReport(key, name, Optional.of(date), figures, pyramid(table, key, date), rows, profile.swot(),
        Optional.of(source), List.of(), List.of(), ProjectionRows.of(profile), ProjectionRows.assumptions(profile));
  }

  /** The pyramid rows; empty when a cell is unknown (the page then shows no pyramid rather than a wrong one). */
  static List<PyramidRow> pyramid(PopulationTable table, String key, LocalDate date) {
    AgeDistribution m = table.distribution(key, date, Sex.MALE);
    AgeDistribution f = table.distribution(key, date, Sex.FEMALE);
    if (!m.isComplete() || !f.isComplete()) {
      return List.of();
    }
    List<PyramidRow> rows = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      rows.add(new PyramidRow(m.band(i), m.count(i), f.count(i)));
    }
    return rows;
  }

  private static String indicatorName(MunicipalProfile profile, String id, boolean en) {
    return profile.indicators().stream().filter(i -> i.id().equals(id)).findFirst()
        .map(i -> en ? i.englishName() : i.germanName()).orElse(id);
  }

  private static String referenceName(ReferenceValue r, Function<String, String> regionNames, boolean en) {
    if (r.regionName().isPresent()) {
      return r.regionName().get();
    }
    String key = r.regionKey();
    String n = regionNames.apply(key);
    if (n != null && !n.isEmpty()) {
      return n;
    }
    if (key.equals("DG")) {
      return en ? "Germany" : "Deutschland";
    }
    return FederalState.findByCode(key).map(s -> s.label(en ? Locale.ENGLISH : Locale.GERMAN)).orElse(key);
  }

  /** The peers of a level in the plural: {@code Kreise}, {@code Gemeinden} … (zwk-profile names the level). */
  private static String peerGroup(String level, boolean en) {
    switch (level) {
      case "STATE":
        return en ? "states" : "Länder";
      case "GOVERNMENT_REGION":
        return en ? "government regions" : "Regierungsbezirke";
      case "DISTRICT":
        return en ? "districts" : "Kreise";
      case "MUNICIPAL_ASSOCIATION":
        return en ? "municipal associations" : "Gemeindeverbände";
      case "MUNICIPALITY":
        return en ? "municipalities" : "Gemeinden";
      default:
        return en ? "peers" : "Vergleichsregionen";
    }
  }
}
