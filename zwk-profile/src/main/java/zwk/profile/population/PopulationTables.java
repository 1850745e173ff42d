// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.region.Ags;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.model.statistics.ValueState;

/**
 * Building {@link PopulationTable}s from official statistics and aggregating them up the AGS
 * hierarchy (Gemeinde → Kreis → Regierungsbezirk → Land → Bund).
 */
public final class PopulationTables {
  private PopulationTables() {}

  /**
   * Converts a long-format statistics table (e.g. from zwk-io's GENESIS reader) into a population
   * table.
   *
   * <ul>
   *   <li>Records with an age become cells; records without an age are the table's own totals and
   *       are checked against the sum of the bands (option {@link StatisticsImport#checkTotals()}).
   *   <li>Records without sex are totals ({@link Sex#TOTAL}); a total missing in the source is
   *       derived from male + female.
   *   <li>Special values keep their state ({@code .}, {@code x}, …); only {@code -} is 0.
   *   <li>The reference date is the record's date, or 31 December of its year.
   *   <li>Every region key is kept as given, including 8-digit rows inside a Kreis (Hannover,
   *       Aachen, Saarbrücken) and Berlin districts; {@link #aggregate} takes one level only, so
   *       such rows are never added twice.
   *   <li>Counts in thousands follow {@link StatisticsImport#unitPolicy()}.
   * </ul>
   *
   * @throws IllegalArgumentException with the source line for a record that cannot be taken: no
   *     region or date, a non-integer or negative count, an unexpected unit, a duplicate cell, ages
   *     that do not form a gap-free band set, a total that does not match its bands
   */
  public static PopulationTable fromStatistics(StatisticsTable table, StatisticsImport options) {
    PopulationCollector c = new PopulationCollector(table.source(), options);
    table.records().forEach(c::add);
    return c.finish();
  }

  /**
   * Sums the regions of exactly level {@code from} into their ancestors at level {@code to}. Keys of
   * any other level (e.g. 8-digit sub-district rows inside a Kreis when {@code from} is
   * {@link RegionLevel#DISTRICT}) and keys that are no AGS are left out, so nothing is counted twice.
   * A sum is known only when all its parts are. Regions of level {@code from} without an ancestor at
   * level {@code to} (a Kreis in a Land without Regierungsbezirke, when {@code to} is
   * {@link RegionLevel#GOVERNMENT_REGION}) are left out too.
   *
   * <p>The result holds the ancestor keys in ascending order. A Land's sum is complete only when the
   * table holds all regions of level {@code from} in that Land: check with {@link #compareTotals}.
   *
   * @throws IllegalArgumentException when {@code to} is not coarser than {@code from}, or no region
   *     of level {@code from} is present
   * @throws ArithmeticException when a sum exceeds {@code Integer.MAX_VALUE}
   */
  public static PopulationTable aggregate(PopulationTable table, RegionLevel from, RegionLevel to) {
    if (to.ordinal() >= from.ordinal()) {
      throw new IllegalArgumentException("to: expected a level coarser than " + from + ", got " + to);
    }
    Map<String, List<Integer>> parts = new LinkedHashMap<>();
    for (int r = 0; r < table.regions().size(); r++) {
      Optional<Ags> ags = asAgs(table.regions().get(r));
      if (ags.isEmpty() || ags.get().level() != from) {
        continue;
      }
      Optional<Ags> anc = ancestor(ags.get(), to);
      if (anc.isPresent()) {
        parts.computeIfAbsent(anc.get().code(), k -> new ArrayList<>()).add(r);
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("table: expected regions of level " + from + " with an ancestor at level " + to
          + ", got none among " + table.regions().size() + " regions");
    }
    List<String> keys = new ArrayList<>(new TreeSet<>(parts.keySet()));
    int block = table.dates().size() * 3 * table.bands().size();
    int[] src = table.rawCounts();
    byte[] srcStates = table.rawStates();
    int[] c = new int[keys.size() * block];
    byte[] s = srcStates == null ? null : new byte[keys.size() * block];
    for (int k = 0; k < keys.size(); k++) {
      int dst = k * block;
      for (int r : parts.get(keys.get(k))) {
        int base = r * block;
        for (int i = 0; i < block; i++) {
          c[dst + i] = Math.addExact(c[dst + i], src[base + i]);
          if (s != null) {
            s[dst + i] = CellStates.combine(s[dst + i], srcStates[base + i]);
          }
        }
      }
    }
    return PopulationTable.ofArrays(keys, table.dates(), table.bands(), c, s);
  }

  /**
   * The regions of level {@code from} together with all their ancestors (Regierungsbezirk where the
   * Land has one, Land, {@code DG}), each summed from the level-{@code from} regions only.
   */
  public static PopulationTable withAncestors(PopulationTable table, RegionLevel from) {
    List<PopulationTable> parts = new ArrayList<>();
    List<String> own = new ArrayList<>();
    for (String k : table.regions()) {
      if (asAgs(k).map(a -> a.level() == from).orElse(false)) {
        own.add(k);
      }
    }
    parts.add(table.selectRegions(own));
    for (RegionLevel level : new RegionLevel[] {RegionLevel.GOVERNMENT_REGION, RegionLevel.STATE, RegionLevel.COUNTRY}) {
      if (level.ordinal() < from.ordinal()) {
        try {
          parts.add(aggregate(table, from, level));
        } catch (IllegalArgumentException e) {
          // no region of this level (e.g. no Regierungsbezirke at all): nothing to add
        }
      }
    }
    return concat(parts);
  }

  /**
   * The regions of several tables with the same dates and bands in one table.
   *
   * @throws IllegalArgumentException when dates or bands differ or a key occurs twice
   */
  public static PopulationTable concat(List<PopulationTable> tables) {
    PopulationTable first = tables.get(0);
    List<String> keys = new ArrayList<>();
    int total = 0;
    boolean anyStates = false;
    for (PopulationTable t : tables) {
      if (!t.dates().equals(first.dates()) || !t.bands().equals(first.bands())) {
        throw new IllegalArgumentException("tables: expected equal dates and bands, got " + t + " and " + first);
      }
      keys.addAll(t.regions());
      total += t.cellCount();
      anyStates |= t.rawStates() != null;
    }
    int[] c = new int[total];
    byte[] s = anyStates ? new byte[total] : null;
    int pos = 0;
    for (PopulationTable t : tables) {
      System.arraycopy(t.rawCounts(), 0, c, pos, t.cellCount());
      if (s != null && t.rawStates() != null) {
        System.arraycopy(t.rawStates(), 0, s, pos, t.cellCount());
      }
      pos += t.cellCount();
    }
    if (new LinkedHashSet<>(keys).size() != keys.size()) {
      throw new IllegalArgumentException("tables: expected distinct region keys, got duplicates in " + keys.size() + " keys");
    }
    return PopulationTable.ofArrays(keys, first.dates(), first.bands(), c, s);
  }

  /**
   * Compares computed sums with known totals (e.g. the Länder rows of the same file): every cell
   * that both tables hold and both know must be equal. Returns one {@link TotalsDiagnostic}
   * diagnostic per difference (without a location: the tables are in memory), empty when the parts
   * add up.
   */
  public static List<Diagnostic> compareTotals(PopulationTable computed, PopulationTable known) {
    List<Diagnostic> diffs = new ArrayList<>();
    if (!computed.bands().equals(known.bands())) {
      diffs.add(Diagnostic.of(TotalsDiagnostic.BANDS_DIFFER, Diagnostic.Location.none(),
          "computed", computed.bands(), "known", known.bands()));
      return diffs;
    }
    for (String region : computed.regions()) {
      if (!known.hasRegion(region)) {
        continue;
      }
      int rc = computed.regionIndex(region);
      int rk = known.regionIndex(region);
      for (LocalDate date : computed.dates()) {
        int dk = known.dateIndex(date);
        if (dk < 0) {
          continue;
        }
        int dc = computed.dateIndex(date);
        for (Sex sex : Sex.values()) {
          for (int b = 0; b < computed.bands().size(); b++) {
            if (computed.isKnown(rc, dc, sex, b) && known.isKnown(rk, dk, sex, b)
                && computed.count(rc, dc, sex, b) != known.count(rk, dk, sex, b)) {
              diffs.add(Diagnostic.of(TotalsDiagnostic.TOTAL_DIFFERS, Diagnostic.Location.none(),
                  "region", region, "date", date, "sex", sex, "band", computed.bands().band(b),
                  "computed", computed.count(rc, dc, sex, b), "known", known.count(rk, dk, sex, b)));
            }
          }
        }
      }
    }
    return diffs;
  }

  /** The key as AGS, or empty when it is none. */
  public static Optional<Ags> asAgs(String key) {
    return Ags.isValid(key) ? Optional.of(Ags.of(key)) : Optional.empty();
  }

  /** The ancestor of {@code ags} at {@code level} (itself when equal), or empty when there is none. */
  public static Optional<Ags> ancestor(Ags ags, RegionLevel level) {
    Optional<Ags> a = Optional.of(ags);
    while (a.isPresent() && a.get().level().ordinal() > level.ordinal()) {
      a = a.get().parent();
    }
    return a.filter(x -> x.level() == level);
  }
}
