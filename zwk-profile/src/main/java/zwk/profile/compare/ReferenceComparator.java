// SPDX-License-Identifier: Apache-2.0
package zwk.profile.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import zwk.model.region.Ags;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;

/**
 * Compares a region with its Kreis, Land and Germany and ranks it among peers, all from one
 * {@link PopulationTable}. Reference regions the table does not hold are left out; use
 * {@link #deriving} to add them by aggregation first.
 */
public final class ReferenceComparator {
  private final PopulationTable table;

  /** A comparator over a table that holds the region, its references and its peers. */
  public ReferenceComparator(PopulationTable table) {
    this.table = table;
  }

  /**
   * A comparator over the regions of level {@code level} plus their ancestors summed up through the
   * AGS hierarchy ({@link PopulationTables#withAncestors}). Complete only when the table holds all
   * regions of that level of a Land.
   */
  public static ReferenceComparator deriving(PopulationTable table, RegionLevel level) {
    return new ReferenceComparator(PopulationTables.withAncestors(table, level));
  }

  /** The table compared in. */
  public PopulationTable table() {
    return table;
  }

  /** Compares with the references and ranks among all regions of the same level in the table. */
  public Comparison compare(PopulationIndicator indicator, String region, LocalDate date, Sex sex) {
    Optional<Ags> ags = PopulationTables.asAgs(region);
    List<String> peers = new ArrayList<>();
    if (ags.isPresent()) {
      for (String k : table.regions()) {
        if (PopulationTables.asAgs(k).map(a -> a.level() == ags.get().level()).orElse(false)) {
          peers.add(k);
        }
      }
    }
    return compare(indicator, region, date, sex, peers, ags.map(a -> a.level().name()).orElse("none"));
  }

  /**
   * Compares with the references and ranks among the given peers (keys the table holds; the region
   * itself should be among them).
   *
   * @throws IllegalArgumentException when the table lacks the region, the date or a peer
   */
  public Comparison compare(PopulationIndicator indicator, String region, LocalDate date, Sex sex, Collection<String> peers,
      String peerGroupId) {
    IndicatorResult own = indicator.compute(PopulationSnapshot.of(table, region, date), sex);
    List<Reference> refs = new ArrayList<>();
    Optional<Ags> ags = PopulationTables.asAgs(region);
    if (ags.isPresent()) {
      for (RegionLevel level : new RegionLevel[] {RegionLevel.DISTRICT, RegionLevel.STATE, RegionLevel.COUNTRY}) {
        if (level.ordinal() >= ags.get().level().ordinal()) {
          continue;
        }
        Optional<Ags> anc = PopulationTables.ancestor(ags.get(), level);
        if (anc.isPresent() && table.hasRegion(anc.get().code())) {
          refs.add(new Reference(level, anc.get().code(),
              indicator.compute(PopulationSnapshot.of(table, anc.get().code(), date), sex), own));
        }
      }
    }
    double[] values = new double[peers.size()];
    int n = 0;
    for (String p : peers) {
      IndicatorResult r = indicator.compute(PopulationSnapshot.of(table, p, date), sex);
      if (r.isComputable()) {
        values[n++] = r.value();
      }
    }
    double[] v = java.util.Arrays.copyOf(values, n);
    double pct = n > 0 && own.isComputable() ? Percentiles.rank(own.value(), v) : Double.NaN;
    double median = n > 0 ? Percentiles.median(v) : Double.NaN;
    return new Comparison(indicator.id(), region, date, own, refs, peerGroupId, median, pct, n);
  }
}
