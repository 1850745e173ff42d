// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;

/**
 * Population counts (<em>Bevölkerungsstand</em>) by region, reference date, sex (male, female,
 * total) and age band, stored compactly in one {@code int[]} (and one {@code byte[]} of cell states
 * only when some cell is not known). Germany's ~10,800 municipalities × 30 dates × 3 sexes × 101
 * single years are ~98 million cells, i.e. ~393 MB of counts.
 *
 * <p>Region keys are strings as the source gives them ({@code DG}, 2/3/5/8-digit AGS, Berlin's
 * 8-digit district keys); {@link PopulationTables} interprets them as AGS where it aggregates.
 *
 * <p>A cell is either known (a count ≥ 0) or carries a state: a GENESIS special value
 * ({@code .}, {@code x}, {@code ...}, {@code /}) or "missing" (no value supplied). A cell that is
 * not known is never read as 0.
 *
 * <p>Immutable; the arrays are never exposed.
 */
public final class PopulationTable {
  private static final Sex[] SEXES = Sex.values();

  private final List<String> regions;
  private final Map<String, Integer> regionIndex;
  private final List<LocalDate> dates;
  private final BandSet bands;
  private final int[] counts;
  private final byte[] states; // null when every cell is known
  // the sizes as fields: a cell look-up is on the hot path of every command (no List.size() call per cell)
  private final int regionCount;
  private final int dateCount;
  private final int bandCount;

  private PopulationTable(List<String> regions, List<LocalDate> dates, BandSet bands, int[] counts, byte[] states) {
    this.regions = regions;
    this.dates = dates;
    this.bands = bands;
    this.counts = counts;
    this.states = states;
    this.regionCount = regions.size();
    this.dateCount = dates.size();
    this.bandCount = bands.size();
    this.regionIndex = new HashMap<>(regions.size() * 2);
    for (int i = 0; i < regions.size(); i++) {
      regionIndex.put(regions.get(i), i);
    }
  }

  /**
   * A builder for a table with the given regions, reference dates and bands; every cell starts as
   * missing.
   *
   * @throws IllegalArgumentException for duplicate or blank keys, duplicate dates, or more than
   *     {@code Integer.MAX_VALUE - 8} cells
   */
  public static Builder builder(List<String> regions, List<LocalDate> dates, BandSet bands) {
    return new Builder(regions, dates, bands);
  }

  /** Package-internal factory over arrays the caller hands over (states may be null or all known). */
  static PopulationTable ofArrays(List<String> regions, List<LocalDate> dates, BandSet bands, int[] counts, byte[] states) {
    return new PopulationTable(Collections.unmodifiableList(new ArrayList<>(regions)),
        Collections.unmodifiableList(new ArrayList<>(dates)), bands, counts, compact(states));
  }

  /** The internal counts (package only, never exposed). */
  int[] rawCounts() {
    return counts;
  }

  /** The internal states (package only), null when all known. */
  byte[] rawStates() {
    return states;
  }

  /** Region keys in table order. */
  public List<String> regions() {
    return regions;
  }

  /** Reference dates in table order. */
  public List<LocalDate> dates() {
    return dates;
  }

  /** The age bands. */
  public BandSet bands() {
    return bands;
  }

  /** Whether the table holds {@code region}. */
  public boolean hasRegion(String region) {
    return regionIndex.containsKey(region);
  }

  /** Index of {@code region}, or -1. */
  public int regionIndex(String region) {
    Integer i = regionIndex.get(region);
    return i == null ? -1 : i;
  }

  /** Index of {@code date}, or -1. */
  public int dateIndex(LocalDate date) {
    return dates.indexOf(date);
  }

  /** Total number of cells (regions × dates × 3 sexes × bands). */
  public int cellCount() {
    return counts.length;
  }

  /** Bytes held by the cell arrays (counts and, when present, states): the footprint estimate. */
  public long arrayBytes() {
    return 4L * counts.length + (states == null ? 0 : states.length);
  }

  /** Whether every cell of the table is known. */
  public boolean isComplete() {
    return states == null;
  }

  private int idx(int r, int d, Sex sex, int band) {
    return ((r * dateCount + d) * 3 + sex.ordinal()) * bandCount + band;
  }

  /**
   * The count of a cell by indices; 0 for a cell that is not known (check {@link #isKnown}).
   *
   * @throws IndexOutOfBoundsException for a bad index
   */
  public int count(int regionIndex, int dateIndex, Sex sex, int band) {
    return counts[checkedIdx(regionIndex, dateIndex, sex, band)];
  }

  /** Whether the cell holds a number. */
  public boolean isKnown(int regionIndex, int dateIndex, Sex sex, int band) {
    return states == null || states[checkedIdx(regionIndex, dateIndex, sex, band)] == CellStates.KNOWN;
  }

  /** The state of a cell: NUMBER for known cells, a special value, or empty when none was supplied. */
  public Optional<ValueState> state(int regionIndex, int dateIndex, Sex sex, int band) {
    return CellStates.toValueState(states == null ? CellStates.KNOWN : states[checkedIdx(regionIndex, dateIndex, sex, band)]);
  }

  private int checkedIdx(int r, int d, Sex sex, int band) {
    Objects.checkIndex(r, regionCount);
    Objects.checkIndex(d, dateCount);
    Objects.checkIndex(band, bandCount);
    return idx(r, d, Objects.requireNonNull(sex, "sex"), band);
  }

  /**
   * The age distribution of one region, date and sex.
   *
   * @throws IllegalArgumentException naming the key or date when the table does not hold it
   */
  public AgeDistribution distribution(String region, LocalDate date, Sex sex) {
    int r = requireRegion(region);
    int d = requireDate(date);
    return distribution(r, d, sex);
  }

  /** The age distribution by indices. */
  public AgeDistribution distribution(int regionIndex, int dateIndex, Sex sex) {
    return new AgeDistribution(bands, counts, checkedIdx(regionIndex, dateIndex, sex, 0), states);
  }

  /** Index of a region that must be present. */
  public int requireRegion(String region) {
    int r = regionIndex(region);
    if (r < 0) {
      throw new IllegalArgumentException("region: expected a key held by the table, got '" + clip(region) + "'");
    }
    return r;
  }

  /** Index of a date that must be present. */
  public int requireDate(LocalDate date) {
    int d = dateIndex(date);
    if (d < 0) {
      throw new IllegalArgumentException("date: expected one of " + dates + ", got " + date);
    }
    return d;
  }

  /**
   * The same table in coarser bands: each target band is the sum of the source bands it covers; a
   * target cell is known only when all its source cells are.
   *
   * @throws IllegalArgumentException when a target boundary does not coincide with a source
   *     boundary (no silent approximation)
   */
  public PopulationTable regroup(BandSet target) {
    int[] map = bands.mappingTo(target);
    int nSrc = bands.size();
    int nDst = target.size();
    int rows = counts.length / nSrc;
    int[] c = new int[rows * nDst];
    byte[] s = states == null ? null : new byte[rows * nDst];
    for (int row = 0; row < rows; row++) {
      int src = row * nSrc;
      int dst = row * nDst;
      for (int i = 0; i < nSrc; i++) {
        int j = dst + map[i];
        c[j] = Math.addExact(c[j], counts[src + i]);
        if (s != null) {
          s[j] = CellStates.combine(s[j], states[src + i]);
        }
      }
    }
    return new PopulationTable(regions, dates, target, c, compact(s));
  }

  /** Only the given regions, in the given order. */
  public PopulationTable selectRegions(List<String> keys) {
    Builder b = builder(keys, dates, bands);
    for (String k : keys) {
      int r = requireRegion(k);
      int len = dates.size() * 3 * bands.size();
      int srcBase = r * len;
      int dstBase = b.regionIndex(k) * len;
      System.arraycopy(counts, srcBase, b.counts, dstBase, len);
      if (states == null) {
        Arrays.fill(b.states, dstBase, dstBase + len, CellStates.KNOWN);
      } else {
        System.arraycopy(states, srcBase, b.states, dstBase, len);
      }
    }
    return b.buildAsIs();
  }

  private static byte[] compact(byte[] s) {
    if (s == null) {
      return null;
    }
    for (byte v : s) {
      if (v != CellStates.KNOWN) {
        return s;
      }
    }
    return null;
  }

  static String clip(String s) {
    return s == null ? "null" : s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }

  @Override
  public String toString() {
    return "PopulationTable[" + regions.size() + " regions, " + dates.size() + " dates, " + bands + "]";
  }

  /** Fills the cells of a {@link PopulationTable}. Not thread-safe. */
  public static final class Builder {
    private final List<String> regions;
    private final Map<String, Integer> regionIndex = new HashMap<>();
    private final List<LocalDate> dates;
    private final BandSet bands;
    final int[] counts;
    final byte[] states;
    private boolean deriveTotals = true;
    private boolean built;

    private Builder(List<String> regions, List<LocalDate> dates, BandSet bands) {
      this.regions = Collections.unmodifiableList(new ArrayList<>(regions));
      this.dates = Collections.unmodifiableList(new ArrayList<>(dates));
      this.bands = Objects.requireNonNull(bands, "bands");
      for (int i = 0; i < this.regions.size(); i++) {
        String k = Objects.requireNonNull(this.regions.get(i), "regions[" + i + "]");
        if (k.isBlank() || regionIndex.put(k, i) != null) {
          throw new IllegalArgumentException("regions[" + i + "]: expected a unique non-blank key, got '" + clip(k) + "'");
        }
      }
      if (this.dates.stream().distinct().count() != this.dates.size()) {
        throw new IllegalArgumentException("dates: expected distinct reference dates, got " + this.dates);
      }
      long n = (long) this.regions.size() * this.dates.size() * 3 * bands.size();
      if (n > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("cells: expected at most " + (Integer.MAX_VALUE - 8) + " cells, got " + n
            + " (split the table by region or date)");
      }
      this.counts = new int[(int) n];
      this.states = new byte[(int) n];
      Arrays.fill(states, CellStates.MISSING);
    }

    int regionIndex(String k) {
      Integer i = regionIndex.get(k);
      if (i == null) {
        throw new IllegalArgumentException("region: expected a key declared in the builder, got '" + clip(k) + "'");
      }
      return i;
    }

    private int dateIndex(LocalDate d) {
      int i = dates.indexOf(d);
      if (i < 0) {
        throw new IllegalArgumentException("date: expected one of " + dates + ", got " + d);
      }
      return i;
    }

    private int idx(int r, int d, Sex sex, int band) {
      if (built) {
        throw new IllegalStateException("builder: already built; the table owns the arrays");
      }
      Objects.checkIndex(band, bands.size());
      return ((r * dates.size() + d) * 3 + sex.ordinal()) * bands.size() + band;
    }

    /**
     * Sets a known count.
     *
     * @throws IllegalArgumentException for a negative count, a count above {@code Integer.MAX_VALUE}
     *     or an undeclared key or date
     */
    public Builder set(String region, LocalDate date, Sex sex, int band, long count) {
      return set(regionIndex(region), dateIndex(date), sex, band, count);
    }

    /** Sets a known count by indices. */
    public Builder set(int regionIndex, int dateIndex, Sex sex, int band, long count) {
      if (count < 0 || count > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("count: expected 0.." + Integer.MAX_VALUE + ", got " + count
            + " (" + regions.get(regionIndex) + ", " + dates.get(dateIndex) + ", " + sex + ", " + bands.band(band) + ")");
      }
      int i = idx(regionIndex, dateIndex, sex, band);
      counts[i] = (int) count;
      states[i] = CellStates.KNOWN;
      return this;
    }

    /** Sets all bands of one region, date and sex to known counts. */
    public Builder setAll(String region, LocalDate date, Sex sex, long... countsByBand) {
      if (countsByBand.length != bands.size()) {
        throw new IllegalArgumentException("counts: expected " + bands.size() + " values for " + bands + ", got " + countsByBand.length);
      }
      int r = regionIndex(region);
      int d = dateIndex(date);
      for (int b = 0; b < countsByBand.length; b++) {
        set(r, d, sex, b, countsByBand[b]);
      }
      return this;
    }

    /**
     * Marks a cell with a special value; {@code ZERO} sets a known 0, {@code NUMBER} is rejected
     * (use {@link #set}).
     */
    public Builder setState(String region, LocalDate date, Sex sex, int band, ValueState state) {
      int i = idx(regionIndex(region), dateIndex(date), sex, band);
      if (state == ValueState.NUMBER) {
        throw new IllegalArgumentException("state: expected a special value, got NUMBER without a count");
      }
      counts[i] = 0;
      states[i] = CellStates.of(state);
      return this;
    }

    /**
     * Whether {@link #build()} fills missing TOTAL cells from male + female (default true). A derived
     * total is known only when both parts are; otherwise it takes the state of the part that is not.
     */
    public Builder deriveTotals(boolean derive) {
      this.deriveTotals = derive;
      return this;
    }

    /** The table; the builder hands its arrays over (no copy) and cannot be used afterwards. */
    public PopulationTable build() {
      if (built) {
        throw new IllegalStateException("builder: already built");
      }
      if (deriveTotals) {
        int n = bands.size();
        int rows = counts.length / (3 * n);
        for (int row = 0; row < rows; row++) {
          int m = (row * 3) * n;
          int f = m + n;
          int t = f + n;
          for (int b = 0; b < n; b++) {
            if (states[t + b] == CellStates.MISSING) {
              byte sm = states[m + b];
              byte sf = states[f + b];
              if (sm == CellStates.KNOWN && sf == CellStates.KNOWN) {
                counts[t + b] = Math.addExact(counts[m + b], counts[f + b]);
                states[t + b] = CellStates.KNOWN;
              } else {
                states[t + b] = CellStates.combine(sm, sf);
              }
            }
          }
        }
      }
      return buildAsIs();
    }

    PopulationTable buildAsIs() {
      built = true;
      return new PopulationTable(regions, dates, bands, counts, compact(states));
    }
  }
}
