// SPDX-License-Identifier: Apache-2.0
package zwk.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import zwk.model.profile.ExistingMeasure;
import zwk.model.profile.Indicator;
import zwk.model.profile.MunicipalProfile;
import zwk.model.statistics.Sex;
import zwk.profile.compare.Comparison;
import zwk.profile.compare.ReferenceComparator;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.IndicatorDefinition;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.PopulationChange;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.population.CountResult;
import zwk.profile.reason.Reason;
import zwk.profile.swot.SwotDeriver;
import zwk.profile.vital.MigrationByMotive;
import zwk.profile.vital.MigrationMotive;
import zwk.profile.vital.VitalBalances;

/**
 * Builds a {@link MunicipalProfile} (Kommunalprofil) from a population table: the standard
 * indicators compared with Kreis, Land and Germany and ranked among peers, the population change
 * over n years when the table holds the earlier date, migration by motive and the balances when
 * movements are given, the inventory of existing measures, and the SWOT derived by the rules.
 *
 * <pre>{@code
 * MunicipalProfile p = new MunicipalProfileBuilder(comparator, "03241", LocalDate.of(2018, 12, 31))
 *     .regionName("Region Hannover").locale(Locale.ENGLISH).build();
 * }</pre>
 */
public final class MunicipalProfileBuilder {
  private final ReferenceComparator comparator;
  private final String region;
  private final LocalDate date;
  private String regionName;
  private LocalDate asOf;
  private AgeBounds bounds = AgeBounds.DESTATIS;
  private List<PopulationIndicator> indicators;
  private Integer changeYears = 5;
  private Movements movements;
  private final List<ExistingMeasure> inventory = new ArrayList<>();
  private SwotDeriver swot = SwotDeriver.defaults();
  private Locale locale = Locale.GERMAN;

  /**
   * A builder for {@code region} at {@code date}; the comparator's table must hold both (and
   * ideally the references: see {@link ReferenceComparator#deriving}).
   */
  public MunicipalProfileBuilder(ReferenceComparator comparator, String region, LocalDate date) {
    this.comparator = Objects.requireNonNull(comparator, "comparator");
    this.region = Objects.requireNonNull(region, "region");
    this.date = Objects.requireNonNull(date, "date");
    comparator.table().requireRegion(region);
    comparator.table().requireDate(date);
  }

  /** Name of the region. */
  public MunicipalProfileBuilder regionName(String name) {
    this.regionName = name;
    return this;
  }

  /** The date the profile was compiled (Stand). */
  public MunicipalProfileBuilder asOf(LocalDate asOf) {
    this.asOf = asOf;
    return this;
  }

  /** Age bounds of the dependency ratios (default {@link AgeBounds#DESTATIS}). */
  public MunicipalProfileBuilder ageBounds(AgeBounds b) {
    this.bounds = Objects.requireNonNull(b, "bounds");
    return this;
  }

  /** The population indicators (default {@link Indicators#standard(AgeBounds)}). */
  public MunicipalProfileBuilder indicators(List<PopulationIndicator> list) {
    this.indicators = List.copyOf(list);
    return this;
  }

  /** Span of the population change in years (default 5; null: none). */
  public MunicipalProfileBuilder populationChangeYears(Integer years) {
    this.changeYears = years;
    return this;
  }

  /** Migration movements (optional). */
  public MunicipalProfileBuilder movements(Movements m) {
    this.movements = m;
    return this;
  }

  /** Adds existing measures to the inventory. */
  public MunicipalProfileBuilder inventory(List<ExistingMeasure> measures) {
    this.inventory.addAll(measures);
    return this;
  }

  /** The SWOT rules (default {@link SwotDeriver#defaults()}). */
  public MunicipalProfileBuilder swot(SwotDeriver deriver) {
    this.swot = Objects.requireNonNull(deriver, "deriver");
    return this;
  }

  /**
   * The language of the "not computable" reasons written into the profile's
   * {@code IndicatorValue.notComputableReason} (English for {@code en}, German otherwise; default
   * German). Programs read {@code IndicatorResult.reasonCode()} instead of the text.
   */
  public MunicipalProfileBuilder locale(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    return this;
  }

  /** The profile. */
  public MunicipalProfile build() {
    List<PopulationIndicator> inds = indicators != null ? indicators : Indicators.standard(bounds);
    Map<String, Indicator> definitions = new LinkedHashMap<>();
    List<Comparison> comparisons = new ArrayList<>();
    for (PopulationIndicator ind : inds) {
      definitions.put(ind.id(), ind.describe());
      comparisons.add(comparator.compare(ind, region, date, Sex.TOTAL));
    }
    if (changeYears != null) {
      PopulationChange pc = new PopulationChange(changeYears);
      LocalDate start = date.minusYears(changeYears);
      IndicatorResult r = comparator.table().dateIndex(start) < 0
          ? IndicatorResult.notComputable(Reason.noDataAtDate(start))
          : pc.compute(comparator.table(), region, start, date, Sex.TOTAL);
      add(definitions, comparisons, pc, r);
    }
    if (movements != null) {
      for (MigrationMotive m : MigrationMotive.values()) {
        MigrationByMotive mm = new MigrationByMotive(m);
        add(definitions, comparisons, mm, mm.compute(movements.inMigration(), movements.outMigration(), comparator.table(), region,
            movements.years()));
      }
      LocalDate last = movements.years().get(movements.years().size() - 1);
      CountResult pop = comparator.table().dateIndex(last) < 0
          ? CountResult.notAvailable(Reason.noDataAtDate(last))
          : comparator.table().distribution(region, last, Sex.TOTAL).total();
      CountResult in = movements.inMigration().distribution(region, last, Sex.TOTAL).total();
      CountResult out = movements.outMigration().distribution(region, last, Sex.TOTAL).total();
      add(definitions, comparisons, VitalBalances.MIGRATION_BALANCE, VitalBalances.migrationBalance(in, out, pop));
      if (movements.births().isPresent() && movements.deaths().isPresent()) {
        add(definitions, comparisons, VitalBalances.NATURAL_BALANCE, VitalBalances.naturalBalance(
            CountResult.of(movements.births().getAsLong()), CountResult.of(movements.deaths().getAsLong()), pop));
      }
    }
    MunicipalProfile.Builder b = MunicipalProfile.builder().regionKey(region).addAllIndicators(definitions.values())
        .addAllInventory(inventory).addAllSwot(swot.derive(comparisons));
    for (Comparison c : comparisons) {
      b.addIndicatorValues(c.toIndicatorValue(locale));
    }
    if (regionName != null) {
      b.regionName(regionName);
    }
    if (asOf != null) {
      b.asOf(asOf);
    }
    return b.build();
  }

  private void add(Map<String, Indicator> defs, List<Comparison> comparisons, IndicatorDefinition d, IndicatorResult r) {
    defs.put(d.id(), d.describe());
    comparisons.add(Comparison.ownOnly(d.id(), region, date, r));
  }
}
