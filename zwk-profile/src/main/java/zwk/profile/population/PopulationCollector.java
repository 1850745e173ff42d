// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import zwk.model.region.Ags;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.ValueState;

/**
 * Builds a {@link PopulationTable} from official cells handed over one at a time, as a reader
 * streams them from a file: no record object per cell. The rules are those of
 * {@link PopulationTables#fromStatistics} (which feeds its records through this class), so both
 * paths give the same table and the same errors.
 *
 * <p>Memory: per region counts ({@code int}), states ({@code byte}) and, unless a
 * {@link FirstLineFinder} is given, source lines ({@code int}, for the "first at line" of a
 * duplicate), in pages of 64, indexed by the (date, sex, age) combinations seen so far (grown page
 * by page, never copied); the few cells without an age (the file's own totals, unknown age) are
 * kept as small objects for the totals check. Errors are collected while cells arrive and thrown by
 * {@link #finish()} in the order {@code fromStatistics} has always checked them.
 *
 * <p>Not thread-safe; one collector per table.
 */
public final class PopulationCollector {
  private static final Sex[] SEXES = Sex.values();
  private final String source;
  private final StatisticsImport options;
  private final Set<String> variables = new LinkedHashSet<>();
  private final Set<String> nationalities = new LinkedHashSet<>();
  private String lastVariable;
  private String lastNationality;
  private Optional<String> tableCode = Optional.empty();
  private boolean requirePopulationMeasure;
  private FirstLineFinder finder;
  private Duplicate duplicate;

  // regions in order of first appearance among age cells
  private final Map<String, Integer> regionIndex = new HashMap<>();
  private final List<String> regions = new ArrayList<>();
  private final List<Region> store = new ArrayList<>();
  private String lastRegionKey;
  private Region lastRegion;

  private final Map<LocalDate, Integer> dateIds = new HashMap<>();
  private final List<LocalDate> dateList = new ArrayList<>();
  private LocalDate lastDate;
  private int lastDateId;
  private final Map<AgeBand, Integer> ageIds = new HashMap<>();
  // readers hand over the same AgeBand object for every cell of a column: found by identity first
  private final Map<AgeBand, Integer> ageIdsByIdentity = new java.util.IdentityHashMap<>();
  private final List<AgeBand> ageList = new ArrayList<>();
  private AgeBand lastAge;
  private int lastAgeId;
  private int[][] slotOf = new int[0][];
  private int[] slotDate = new int[64];
  private int[] slotSexAge = new int[64];
  private int slots;
  private long cells;
  private long known; // cells stored as known counts (each slot at most once)
  private final boolean filtering;

  private final List<Extra> totals = new ArrayList<>();
  private final List<Extra> unknownAge = new ArrayList<>();
  private IllegalArgumentException firstKeyError;
  private IllegalArgumentException firstFillError;

  /**
   * Finds the source line of the first cell with these coordinates that the collector took (same
   * filters), for the message of a duplicate cell. With a finder the collector keeps no line per
   * cell (4 bytes less per cell); the reader looks the line up again only when a duplicate occurs.
   */
  @FunctionalInterface
  public interface FirstLineFinder {
    /** The line, or 0 when unknown. */
    long firstLine(String regionKey, LocalDate date, Sex sex, AgeBand age);
  }

  /** The first duplicate cell seen, for its message. */
  private static final class Duplicate {
    final long line;
    final String key;
    final LocalDate date;
    final Sex sex;
    final AgeBand age;

    Duplicate(long line, String key, LocalDate date, Sex sex, AgeBand age) {
      this.line = line;
      this.key = key;
      this.date = date;
      this.sex = sex;
      this.age = age;
    }
  }

  /**
   * One region's cells. The cells of all regions are kept in chunks: a chunk holds one page of
   * {@link #PAGE} slots for {@link #BLOCK} consecutive regions, so that the cells of neighbouring
   * regions lie side by side (a file lists region after region, date by date) and a table of ten
   * thousand regions is a few thousand arrays, not hundreds of thousands. Chunks are added as new
   * (date, sex, age) combinations and regions appear, so no cell array is ever copied to grow.
   */
  private final class Region {
    final int index;
    final int block;
    final int base; // position of the region's page inside a chunk

    Region(int index) {
      this.index = index;
      this.block = index >>> BLOCK_BITS;
      this.base = (index & (BLOCK - 1)) << PAGE_BITS;
    }

    void ensure(int slot) {
      ensureChunk(slot >>> PAGE_BITS, block);
    }

    private boolean has(int page) {
      return page < countChunks.length && block < countChunks[page].length && countChunks[page][block] != null;
    }

    byte state(int slot) {
      int page = slot >>> PAGE_BITS;
      return has(page) ? stateChunks[page][block][base | (slot & (PAGE - 1))] : CellStates.MISSING;
    }

    void state(int slot, byte state) {
      stateChunks[slot >>> PAGE_BITS][block][base | (slot & (PAGE - 1))] = state;
    }

    int count(int slot) {
      int page = slot >>> PAGE_BITS;
      return has(page) ? countChunks[page][block][base | (slot & (PAGE - 1))] : 0;
    }

    void count(int slot, int count) {
      countChunks[slot >>> PAGE_BITS][block][base | (slot & (PAGE - 1))] = count;
    }

    int line(int slot) {
      return lineChunks[slot >>> PAGE_BITS][block][base | (slot & (PAGE - 1))];
    }

    void line(int slot, int line) {
      lineChunks[slot >>> PAGE_BITS][block][base | (slot & (PAGE - 1))] = line;
    }
  }

  private static final int BLOCK_BITS = 4;
  private static final int BLOCK = 1 << BLOCK_BITS;
  // [page][block of regions] -> the chunk (BLOCK regions x PAGE slots), null until used
  private int[][][] countChunks = new int[0][][];
  private byte[][][] stateChunks = new byte[0][][];
  private int[][][] lineChunks = new int[0][][]; // only without a finder

  /** Makes sure the chunk of {@code page} for region block {@code block} exists. */
  private void ensureChunk(int page, int block) {
    if (page >= countChunks.length) {
      int old = countChunks.length;
      int n = Math.max(page + 1, old * 2);
      countChunks = Arrays.copyOf(countChunks, n);
      stateChunks = Arrays.copyOf(stateChunks, n);
      lineChunks = Arrays.copyOf(lineChunks, n);
      for (int p = old; p < n; p++) {
        countChunks[p] = new int[0][];
        stateChunks[p] = new byte[0][];
        lineChunks[p] = new int[0][];
      }
    }
    if (block >= countChunks[page].length) {
      int n = Math.max(block + 1, countChunks[page].length * 2);
      countChunks[page] = Arrays.copyOf(countChunks[page], n);
      stateChunks[page] = Arrays.copyOf(stateChunks[page], n);
      lineChunks[page] = Arrays.copyOf(lineChunks[page], n);
    }
    if (countChunks[page][block] == null) {
      countChunks[page][block] = new int[BLOCK << PAGE_BITS];
      byte[] st = new byte[BLOCK << PAGE_BITS];
      Arrays.fill(st, CellStates.MISSING);
      stateChunks[page][block] = st;
      if (finder == null) {
        lineChunks[page][block] = new int[BLOCK << PAGE_BITS];
      }
    }
  }

  /** Lets the chunks of a block of regions go (once the table holds their cells). */
  private void release(int block) {
    for (int p = 0; p < countChunks.length; p++) {
      if (block < countChunks[p].length) {
        countChunks[p][block] = null;
        stateChunks[p][block] = null;
        lineChunks[p][block] = null;
      }
    }
  }

  private static final int PAGE_BITS = 6;
  private static final int PAGE = 1 << PAGE_BITS;

  /** A cell without an age band: a total of the file, or people of unknown age. */
  private static final class Extra {
    final long line;
    final String regionKey;
    final String time;
    final LocalDate date;
    final Sex sex;
    final String ageLabel;
    final String unit;
    final ValueState state;
    final long count;
    final BigDecimal exact;

    Extra(long line, String regionKey, String time, LocalDate date, Sex sex, String ageLabel, String unit,
        ValueState state, long count, BigDecimal exact) {
      this.line = line;
      this.regionKey = regionKey;
      this.time = time;
      this.date = date;
      this.sex = sex;
      this.ageLabel = ageLabel;
      this.unit = unit;
      this.state = state;
      this.count = count;
      this.exact = exact;
    }
  }

  /**
   * A collector for one table.
   *
   * @param source the file name, used in messages
   */
  public PopulationCollector(String source, StatisticsImport options) {
    this.source = source;
    this.options = options;
    this.filtering = options.variable().isPresent() || options.nationality().isPresent();
  }

  /**
   * Keeps no source line per cell: on a duplicate cell, {@code finder} gives the line of the first
   * one (the reader reads the source again). Call before the first {@link #add}.
   */
  public PopulationCollector locateDuplicatesWith(FirstLineFinder finder) {
    if (cells > 0) {
      throw new IllegalStateException("collector: set the finder before the first cell");
    }
    this.finder = finder;
    return this;
  }

  /**
   * Makes {@link #finish()} refuse a table whose measure is not a population count (see
   * {@link PopulationMeasure}) unless {@link StatisticsImport#variable()} names the variable on
   * purpose.
   *
   * @param tableCode the table's code ({@code 12411-0018}), if the file gives one
   */
  public PopulationCollector requirePopulationMeasure(Optional<String> tableCode) {
    this.tableCode = tableCode;
    this.requirePopulationMeasure = true;
    return this;
  }

  /**
   * Hands over one cell of the source.
   *
   * @param line 1-based source line, 0 if unknown
   * @param regionKey the region key, canonical AGS where it is one
   * @param time the time label as published, for messages
   * @param date the reference date (31 December for a year), or null when the time is neither
   * @param sex the sex, or null for the total
   * @param age the age band, or null when the cell has none
   * @param ageLabel for a cell without band: the label of its age dimension ({@code Alter
   *     unbekannt}), else empty
   * @param nationality the nationality, or null
   * @param variable the measured variable ({@code Bevölkerungsstand})
   * @param unit the unit as published, or null
   * @param state the cell's state
   * @param count the value when {@code exact} is null (a whole number as published)
   * @param exact the value when it is not a plain integer (or when the caller has a
   *     {@code BigDecimal} anyway), else null; ignored unless {@code state} is numeric
   */
  public void add(long line, String regionKey, String time, LocalDate date, Sex sex, AgeBand age, String ageLabel,
      String nationality, String variable, String unit, ValueState state, long count, BigDecimal exact) {
    if (options.variable().isPresent() && !options.variable().get().equals(variable)) {
      return;
    }
    if (options.nationality().isPresent() && nationality != null && !options.nationality().get().equals(nationality)) {
      return;
    }
    if (!variable.equals(lastVariable)) {
      variables.add(variable);
      lastVariable = variable;
    }
    if (nationality != null && !nationality.equals(lastNationality)) {
      nationalities.add(nationality);
      lastNationality = nationality;
    }
    Sex s = sex == null ? Sex.TOTAL : sex;
    if (age == null) {
      Extra e = new Extra(line, regionKey, time, date, s, ageLabel, unit, state, count, exact);
      if (!ageLabel.isEmpty()) {
        unknownAge.add(e);
      } else {
        totals.add(e);
      }
      return;
    }
    cells++;
    Region region = region(line, regionKey);
    if (date == null) {
      keyError(line, "expected a reference date or year, got time '" + PopulationTable.clip(time) + "'");
    }
    if (region == null || date == null) {
      return;
    }
    int slot = slot(dateId(date), s, ageId(age));
    put(line, region, slot, state, unit, count, exact);
  }

  /**
   * Reserves a cell for its value and records the value's line: false, with the duplicate
   * reported, when the cell already holds one.
   */
  private boolean claim(long line, Region region, int slot) {
    region.ensure(slot);
    if (region.state(slot) != CellStates.MISSING) {
      duplicate(line, region, slot);
      return false;
    }
    if (finder == null) {
      region.line(slot, (int) Math.min(Integer.MAX_VALUE, line));
    }
    return true;
  }

  /** Stores one cell with an age band into its slot (region and slot known): duplicate, unit, range checks. */
  private void put(long line, Region region, int slot, ValueState state, String unit, long count, BigDecimal exact) {
    if (!claim(line, region, slot)) {
      return;
    }
    if (state.isNumeric()) {
      long c;
      try {
        c = countOf(line, unit, count, state == ValueState.ZERO ? BigDecimal.ZERO : exact);
      } catch (IllegalArgumentException e) {
        if (firstFillError == null && duplicate == null) {
          firstFillError = e;
        }
        region.state(slot, CellStates.KNOWN);
        return;
      }
      if (c > Integer.MAX_VALUE) {
        fillError(line, "count: expected 0.." + Integer.MAX_VALUE + ", got " + c);
        region.state(slot, CellStates.KNOWN);
        return;
      }
      region.count(slot, (int) c);
      region.state(slot, CellStates.KNOWN);
      known++;
    } else {
      region.state(slot, CellStates.of(state));
    }
  }

  /** A second cell for a filled slot: remembered (with a finder) or an error naming the first line. */
  private void duplicate(long line, Region region, int slot) {
    String key = regions.get(region.index);
    LocalDate date = dateList.get(slotDate[slot]);
    int sexAge = slotSexAge[slot];
    Sex s = SEXES[sexAge % 3];
    AgeBand age = ageList.get(sexAge / 3);
    if (finder != null) {
      if (firstFillError == null && duplicate == null) {
        duplicate = new Duplicate(line, key, date, s, age);
      }
    } else {
      fillError(line, duplicateMessage(key, date, s, age, region.line(slot)));
    }
  }

  /**
   * Whether cells of this variable and nationality are taken ({@link StatisticsImport#variable()}
   * and {@link StatisticsImport#nationality()}); {@link #add} ignores the others.
   *
   * @param nationality the nationality, or null
   */
  public boolean accepts(String variable, String nationality) {
    return (options.variable().isEmpty() || options.variable().get().equals(variable))
        && (options.nationality().isEmpty() || nationality == null || options.nationality().get().equals(nationality));
  }

  /**
   * Whether values of this unit are counts as published (no unit, {@code Anzahl}, {@code Personen}
   * …): neither thousands nor another unit, so that {@link #addCount} applies.
   *
   * @param unit the unit as published, or null
   */
  public boolean countsAsPublished(String unit) {
    return unitKind(unit) == UNIT_COUNTS;
  }

  /**
   * The index of a region, registered now if new; the indexed lane for readers that resolve each
   * distinct key once ({@link #addCount}). Call it where {@link #add} would first meet the region:
   * for the first cell with an age band of that region that is {@linkplain #accepts accepted}, since
   * regions keep the order of their first such cell.
   *
   * @param key the region key, canonical AGS where it is one; not blank
   * @throws IllegalArgumentException when the key is blank (use {@link #add}: it reports it located)
   */
  public int region(String key) {
    if (key.isBlank()) {
      throw new IllegalArgumentException("region: expected a key, got none");
    }
    Integer i = regionIndex.get(key);
    if (i != null) {
      return i;
    }
    regionIndex.put(key, regions.size());
    regions.add(key);
    store.add(new Region(store.size()));
    return regions.size() - 1;
  }

  /**
   * The slot of a (date, sex, age band) combination, registered now if new; for {@link #addCount}.
   *
   * @param sex the sex, or null for the total
   */
  public int slot(LocalDate date, Sex sex, AgeBand age) {
    return slot(dateId(date), sex == null ? Sex.TOTAL : sex, ageId(age));
  }

  /**
   * {@link #addCount} for the cells {@code from} to {@code to - 1} of one source line that share
   * the region, variable and nationality, in that order: the same checks and results, one call.
   *
   * @param slots the slot of each cell ({@link #slot})
   * @param counts the count of each cell, 0 or more
   * @param nationality the nationality, or null
   */
  public void addCounts(long line, int region, String variable, String nationality, int[] slots, int[] counts,
      int from, int to) {
    if (!admit(variable, nationality)) {
      return;
    }
    int block = region >>> BLOCK_BITS;
    int base = (region & (BLOCK - 1)) << PAGE_BITS;
    int lastPage = -1;
    int[] countChunk = null;
    byte[] stateChunk = null;
    for (int i = from; i < to; i++) {
      int count = counts[i];
      if (count < 0) {
        throw new IllegalArgumentException("counts[" + i + "]: expected 0 or more, got " + count);
      }
      int slot = slots[i];
      cells++;
      int page = slot >>> PAGE_BITS;
      if (page != lastPage) {
        ensureChunk(page, block);
        countChunk = countChunks[page][block];
        stateChunk = stateChunks[page][block];
        lastPage = page;
      }
      int at = base | (slot & (PAGE - 1));
      if (stateChunk[at] != CellStates.MISSING) {
        duplicate(line, store.get(region), slot);
        continue;
      }
      if (finder == null) {
        lineChunks[page][block][at] = (int) Math.min(Integer.MAX_VALUE, line);
      }
      countChunk[at] = count;
      stateChunk[at] = CellStates.KNOWN;
      known++;
    }
  }

  /**
   * The lanes' filter and bookkeeping of variables and nationalities (compared by identity first:
   * the direct reader hands the same string for every line): false when the filters drop the cell.
   */
  private boolean admit(String variable, String nationality) {
    if (filtering && !accepts(variable, nationality)) {
      return false;
    }
    if (variable != lastVariable && !variable.equals(lastVariable)) {
      variables.add(variable);
      lastVariable = variable;
    }
    if (nationality != null && nationality != lastNationality && !nationality.equals(lastNationality)) {
      nationalities.add(nationality);
      lastNationality = nationality;
    }
    return true;
  }

  /**
   * Hands over one cell as {@link #add} would with state {@link ValueState#NUMBER}, the count
   * {@code count}, no exact value, and a unit for which {@link #countsAsPublished} holds, the region
   * and the slot resolved once by {@link #region} and {@link #slot}: the same checks (filters,
   * one variable and nationality, duplicates), no per-cell lookup of key, date or band.
   *
   * @param count the count, 0 or more
   * @param nationality the nationality, or null
   */
  public void addCount(long line, int region, int slot, String variable, String nationality, int count) {
    if (!admit(variable, nationality)) {
      return;
    }
    if (count < 0) {
      throw new IllegalArgumentException("count: expected 0 or more, got " + count);
    }
    cells++;
    Region reg = store.get(region);
    if (!claim(line, reg, slot)) {
      return;
    }
    reg.count(slot, count);
    reg.state(slot, CellStates.KNOWN);
    known++;
  }

  /** Hands over one record (as {@link PopulationTables#fromStatistics} does for each of its records). */
  public void add(StatisticsRecord r) {
    LocalDate date = r.referenceDate().orElse(r.year().map(y -> LocalDate.of(y, 12, 31)).orElse(null));
    add(r.line(), r.ags().map(Ags::code).orElse(r.regionKey()), r.time(), date, r.sex().orElse(null),
        r.age().orElse(null), r.age().isPresent() ? "" : ageLabel(r.dimensions()), r.nationality().orElse(null),
        r.variable(), r.unit().orElse(null), r.state(), 0, r.value().orElse(null));
  }

  /**
   * The label of a cell's age dimension when it has no band ({@code Alter unbekannt}): the value of
   * the first dimension whose name starts with {@code Alter} or {@code Age}, else empty.
   */
  public static String ageLabel(Map<String, String> dimensions) {
    for (Map.Entry<String, String> e : dimensions.entrySet()) {
      String k = e.getKey().toLowerCase(Locale.ROOT);
      if (k.startsWith("alter") || k.startsWith("age")) {
        return e.getValue();
      }
    }
    return "";
  }

  private Region region(long line, String key) {
    if (key == lastRegionKey && lastRegion != null) {
      return lastRegion;
    }
    if (key.isBlank()) {
      keyError(line, "expected a region key, got none (the line has no regional variable such as DINSG, DLAND, "
          + "REGBEZ, KREISE, GEMEIN and no key column)");
      return null;
    }
    Integer i = regionIndex.get(key);
    Region r;
    if (i == null) {
      regionIndex.put(key, regions.size());
      regions.add(key);
      r = new Region(store.size());
      store.add(r);
    } else {
      r = store.get(i);
    }
    lastRegionKey = key;
    lastRegion = r;
    return r;
  }

  private int dateId(LocalDate d) {
    if (d.equals(lastDate)) {
      return lastDateId;
    }
    Integer id = dateIds.get(d);
    if (id == null) {
      id = dateList.size();
      dateIds.put(d, id);
      dateList.add(d);
      slotOf = Arrays.copyOf(slotOf, dateList.size());
      slotOf[id] = new int[0];
    }
    lastDate = d;
    lastDateId = id;
    return id;
  }

  private int ageId(AgeBand a) {
    if (a == lastAge) {
      return lastAgeId;
    }
    Integer id = ageIdsByIdentity.get(a);
    if (id == null) {
      id = ageId(ageIds, a);
      if (ageIdsByIdentity.size() < 1024) {
        ageIdsByIdentity.put(a, id);
      }
    }
    lastAge = a;
    lastAgeId = id;
    return id;
  }

  private int ageId(Map<AgeBand, Integer> byValue, AgeBand a) {
    Integer id = byValue.get(a);
    if (id == null) {
      id = ageList.size();
      byValue.put(a, id);
      ageList.add(a);
    }
    return id;
  }

  private int slot(int dateId, Sex sex, int ageId) {
    int k = ageId * 3 + sex.ordinal();
    int[] row = slotOf[dateId];
    if (k >= row.length) {
      int old = row.length;
      row = Arrays.copyOf(row, Math.max(k + 1, old * 2));
      Arrays.fill(row, old, row.length, -1);
      slotOf[dateId] = row;
    }
    if (row[k] < 0) {
      if (slots == slotDate.length) {
        slotDate = Arrays.copyOf(slotDate, slots * 2);
        slotSexAge = Arrays.copyOf(slotSexAge, slots * 2);
      }
      slotDate[slots] = dateId;
      slotSexAge[slots] = k;
      row[k] = slots++;
    }
    return row[k];
  }

  private static String duplicateMessage(String key, LocalDate date, Sex sex, AgeBand age, long firstLine) {
    return "duplicate cell " + key + " " + date + " " + sex + " " + age + " (first at line " + firstLine
        + "); filter the table to one nationality/variable first";
  }

  private void keyError(long line, String message) {
    if (firstKeyError == null) {
      firstKeyError = new IllegalArgumentException(at(line) + message);
    }
  }

  private void fillError(long line, String message) {
    if (firstFillError == null && duplicate == null) {
      firstFillError = new IllegalArgumentException(at(line) + message);
    }
  }

  /**
   * The table.
   *
   * @throws IllegalArgumentException with the source line, as {@link PopulationTables#fromStatistics}
   */
  public PopulationTable finish() {
    if (variables.size() > 1) {
      throw new IllegalArgumentException(source + ": expected one variable, got " + variables
          + "; choose one with StatisticsImport.withVariable");
    }
    if (requirePopulationMeasure && options.variable().isEmpty()) {
      String variable = variables.isEmpty() ? "" : variables.iterator().next();
      if (!PopulationMeasure.isPopulation(variable, tableCode)) {
        throw new IllegalArgumentException(source + ": expected a population table (Bevölkerungsstand), got table "
            + tableCode.orElse("without code") + " measuring '" + PopulationTable.clip(variable)
            + "'; name the variable on purpose with StatisticsImport.withVariable to read it anyway");
      }
    }
    if (nationalities.size() > 1) {
      throw new IllegalArgumentException(source + ": expected one nationality, got " + nationalities
          + "; choose one with StatisticsImport.withNationality");
    }
    for (Extra r : unknownAge) {
      boolean zero = r.state == ValueState.ZERO
          || (r.state == ValueState.NUMBER && (r.exact == null ? r.count == 0 : r.exact.signum() == 0));
      if (!zero && !options.allowUnknownAge()) {
        throw new IllegalArgumentException(at(r.line) + "people of unknown age ('"
            + PopulationTable.clip(r.ageLabel) + "' = " + valueText(r)
            + ") cannot be put into age bands; allow leaving them out with StatisticsImport.withAllowUnknownAge(true)");
      }
    }
    if (cells == 0) {
      throw new IllegalArgumentException(source + ": expected records with an age dimension, got none");
    }
    if (firstKeyError != null) {
      throw firstKeyError;
    }
    TreeSet<AgeBand> ages = new TreeSet<>(ageList);
    BandSet bands;
    try {
      bands = BandSet.of(new ArrayList<>(ages));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": the ages " + ages + " do not form a gap-free band set from 0: "
          + e.getMessage(), e);
    }
    if (duplicate != null) {
      Duplicate d = duplicate;
      throw new IllegalArgumentException(at(d.line) + duplicateMessage(d.key, d.date, d.sex, d.age,
          finder.firstLine(d.key, d.date, d.sex, d.age)));
    }
    if (firstFillError != null) {
      throw firstFillError;
    }
    List<LocalDate> dates = new ArrayList<>(new TreeSet<>(dateList));
    int[] dateMap = new int[dateList.size()];
    for (int i = 0; i < dateList.size(); i++) {
      dateMap[i] = dates.indexOf(dateList.get(i));
    }
    int[] bandMap = new int[ageList.size()];
    for (int i = 0; i < ageList.size(); i++) {
      bandMap[i] = bands.indexOf(ageList.get(i));
    }
    int nb = bands.size();
    int nd = dates.size();
    int[] offset = new int[slots]; // position of each slot inside a region's block
    for (int k = 0; k < slots; k++) {
      int sexAge = slotSexAge[k];
      offset[k] = (dateMap[slotDate[k]] * 3 + sexAge % 3) * nb + bandMap[sexAge / 3];
    }
    int block = nd * 3 * nb;
    if (known == (long) regions.size() * slots && coversBothSexes(nd, nb, offset)) {
      PopulationTable complete = completeTable(dates, bands, offset, block);
      if (options.checkTotals()) {
        checkOwnTotals(complete);
      }
      return complete;
    }
    PopulationTable.Builder b = PopulationTable.builder(regions, dates, bands);
    for (int r = 0; r < regions.size(); r++) {
      Region reg = store.get(r);
      int base = r * block;
      for (int k = 0; k < slots; k++) {
        byte st = reg.state(k);
        if (st != CellStates.MISSING) {
          b.counts[base + offset[k]] = reg.count(k);
          b.states[base + offset[k]] = st;
        }
      }
      if ((r & (BLOCK - 1)) == BLOCK - 1 || r == regions.size() - 1) {
        release(r >>> BLOCK_BITS); // let the chunks go while the table fills
      }
    }
    PopulationTable result = b.build();
    if (options.checkTotals()) {
      checkOwnTotals(result);
    }
    return result;
  }

  /**
   * Whether the slots hold every (date, male and female, band) cell, so that a table whose slots are
   * all known is complete (totals given or derived from both sexes) and needs no state array.
   */
  private boolean coversBothSexes(int nd, int nb, int[] offset) {
    boolean[] seen = new boolean[nd * 3 * nb];
    for (int k = 0; k < slots; k++) {
      seen[offset[k]] = true;
    }
    for (int i = 0; i < seen.length; i++) {
      int sex = (i / nb) % 3;
      if (sex != Sex.TOTAL.ordinal() && !seen[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The table when every slot of every region is a known count and both sexes are covered: the
   * counts are put straight into one array (no state array, which would be all known and dropped),
   * missing totals are male + female as {@link PopulationTable.Builder#build} derives them.
   */
  private PopulationTable completeTable(List<LocalDate> dates, BandSet bands, int[] offset, int block) {
    int nb = bands.size();
    long n = (long) regions.size() * block;
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("cells: expected at most " + (Integer.MAX_VALUE - 8) + " cells, got " + n
          + " (split the table by region or date)");
    }
    int[] counts = new int[(int) n];
    boolean[] given = new boolean[block];
    for (int k = 0; k < slots; k++) {
      given[offset[k]] = true;
    }
    for (int r = 0; r < regions.size(); r++) {
      int base = r * block;
      int rb = r >>> BLOCK_BITS;
      int at = (r & (BLOCK - 1)) << PAGE_BITS;
      for (int p = 0; (p << PAGE_BITS) < slots; p++) {
        int[] chunk = countChunks[p][rb];
        int from = p << PAGE_BITS;
        int to = Math.min(slots, from + PAGE);
        for (int k = from; k < to; k++) {
          counts[base + offset[k]] = chunk[at + k - from];
        }
      }
      if ((r & (BLOCK - 1)) == BLOCK - 1 || r == regions.size() - 1) {
        release(rb); // let the chunks go while the table fills
      }
      for (int row = 0; row < block; row += 3 * nb) {
        int t = row + 2 * nb;
        for (int band = 0; band < nb; band++) {
          if (!given[t + band]) {
            counts[base + t + band] = Math.addExact(counts[base + row + band], counts[base + row + nb + band]);
          }
        }
      }
    }
    return PopulationTable.ofArrays(regions, dates, bands, counts, null);
  }

  private static String valueText(Extra r) {
    if (r.state.isNumeric()) {
      return r.exact != null ? r.exact.toPlainString() : Long.toString(r.count);
    }
    return r.state.symbol();
  }

  /**
   * Exact for counts; for values scaled from thousands the published total and the sum of the
   * rounded bands may differ by rounding, so up to 500 per band is tolerated there.
   */
  private void checkOwnTotals(PopulationTable t) {
    Map<String, Long> unknown = new HashMap<>();
    for (Extra r : unknownAge) {
      if (r.state.isNumeric()) {
        unknown.merge(regionOf(r) + "|" + dateOf(r) + "|" + r.sex, countOf(r), Long::sum);
      }
    }
    for (Extra r : totals) {
      if (!r.state.isNumeric()) {
        continue;
      }
      String region = regionOf(r);
      LocalDate date = dateOf(r);
      if (!t.hasRegion(region) || t.dateIndex(date) < 0) {
        continue;
      }
      CountResult sum = t.distribution(region, date, r.sex).total();
      long total = countOf(r) - unknown.getOrDefault(region + "|" + date + "|" + r.sex, 0L);
      boolean scaled = r.unit != null && isThousands(r.unit.strip().toLowerCase(Locale.ROOT));
      long tolerance = scaled ? 500L * t.bands().size() : 0;
      if (sum.isKnown() && Math.abs(sum.value() - total) > tolerance) {
        throw new IllegalArgumentException(at(r.line) + "total of " + region + " " + date + " " + r.sex
            + " is " + total + ", but its age bands add up to " + sum.value());
      }
    }
  }

  private String regionOf(Extra r) {
    if (r.regionKey.isBlank()) {
      throw new IllegalArgumentException(at(r.line) + "expected a region key, got none");
    }
    return r.regionKey;
  }

  private LocalDate dateOf(Extra r) {
    if (r.date == null) {
      throw new IllegalArgumentException(at(r.line) + "expected a reference date or year, got time '"
          + PopulationTable.clip(r.time) + "'");
    }
    return r.date;
  }

  private long countOf(Extra r) {
    return countOf(r.line, r.unit, r.count, r.state == ValueState.ZERO ? BigDecimal.ZERO : r.exact);
  }

  private String at(long line) {
    return source + (line > 0 ? ", line " + line : "") + ": ";
  }

  private static final int UNIT_COUNTS = 0;
  private static final int UNIT_THOUSANDS = 1;
  private static final int UNIT_OTHER = 2;
  private String lastUnit;
  private int lastUnitKind = -1;

  /** The kind of a unit, worked out once per distinct unit text (a file has one or two). */
  private int unitKind(String rawUnit) {
    if (rawUnit == null) {
      return UNIT_COUNTS;
    }
    if (rawUnit != lastUnit && !rawUnit.equals(lastUnit)) {
      String unit = rawUnit.strip().toLowerCase(Locale.ROOT);
      lastUnitKind = isThousands(unit) ? UNIT_THOUSANDS
          : unit.isEmpty() || unit.equals("anzahl") || unit.equals("personen") || unit.equals("number")
              || unit.equals("persons") ? UNIT_COUNTS : UNIT_OTHER;
      lastUnit = rawUnit;
    }
    return lastUnitKind;
  }

  private long countOf(long line, String rawUnit, long count, BigDecimal exact) {
    int kind = unitKind(rawUnit);
    boolean thousands = kind == UNIT_THOUSANDS;
    if (thousands && options.unitPolicy() == UnitPolicy.REJECT_THOUSANDS) {
      throw new IllegalArgumentException(at(line) + "values are in thousands (unit '" + rawUnit
          + "'); expected exact counts, or choose UnitPolicy.SCALE_THOUSANDS");
    }
    if (kind == UNIT_OTHER) {
      throw new IllegalArgumentException(at(line) + "expected counts (unit Anzahl), got unit '"
          + PopulationTable.clip(rawUnit) + "'");
    }
    if (exact == null && count >= 0 && count <= Long.MAX_VALUE / 1000) {
      return thousands ? count * 1000 : count; // the common case, exact without BigDecimal
    }
    BigDecimal v = exact != null ? exact : BigDecimal.valueOf(count);
    if (thousands) {
      v = v.movePointRight(3);
    }
    if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(at(line) + "expected a whole count >= 0, got " + v.toPlainString());
    }
    try {
      return v.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(at(line) + "count out of range: " + v.toPlainString(), e);
    }
  }

  static boolean isThousands(String unit) {
    String u = unit.replace(" ", "").replace("\u00a0", "");
    return u.equals("1000") || u.startsWith("tsd") || u.equals("tausend") || u.equals("thousand") || u.equals("thousands");
  }
}
