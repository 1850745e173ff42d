// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.profile.population.PopulationCollector;

/**
 * The direct read of classic data lines into a population table: a plain data line goes from its
 * bytes into the {@link PopulationCollector}, without a {@link zwk.io.csv.CsvRow}, a string per
 * cell or a lookup of key, date and band per cell. It gives exactly the cells that
 * {@link ClassicLayoutParser.Emitter#row} and {@link PopulationSink#cell} give for the same line,
 * because it only takes the lines where that is plain to see and hands every other line back as a
 * row to that path.
 *
 * <p>Which files: the row labels are only a date, a region key and a region name (at most one
 * column each; the others may come from the title, as {@code Stichtag: 31.12.2018}), as in the
 * GENESIS-Online 12411 tables by Kreise or Gemeinden. Which lines: as many fields as the header is
 * wide (further fields empty), a key and a date the collector takes, and no quote or stray carriage
 * return (the whole file goes to the general path then, as on {@link FastRows}).
 *
 * <p>How: each label column has a dictionary from the label's bytes to what the label means (the
 * stripped text, the canonical key and its region index, the date and, per value column, the slot
 * of (date, sex, band)), so a label is interpreted once per distinct value; the flags of each new
 * label go into the {@link ClassicLayoutParser.LabelScan}, as the row would have put them. Values of
 * one to nine digits in a column with an age band and counts as unit go to
 * {@link PopulationCollector#addCount}; any other value (a symbol, a decimal, a total, thousands)
 * goes to {@link PopulationSink#cell} with the arguments the emitter would give it.
 */
final class DirectRows {
  /** Most distinct labels per column kept; beyond that the remaining lines become rows. */
  private static final int MAX_LABELS = 1 << 20;

  private final int labelCols;
  private final int width;
  private final int timeCol;
  private final int keyCol;
  private final int nameCol;
  private final String defaultTime;
  private final String defaultKey;
  private final String defaultName;
  private final PopulationSink sink;
  private final PopulationCollector collector;
  private final ClassicLayoutParser.LabelScan labels;
  private final ClassicLayoutParser.ColumnSpec[] columns;
  // per value column: whether its plain counts go straight to the collector, and their coordinates
  private final boolean[] direct;
  private final Sex[] sexes;
  private final AgeBand[] ages;
  private final String[] variables;
  private final String[] nationalities;

  private final Labels[] dicts;
  private final Labels times;
  private final Labels keys;
  private final Labels names;
  // by key label: canonical key, region index (-1 until the first direct cell)
  private String[] canonical = new String[64];
  private int[] regions = new int[64];
  private boolean[] named = new boolean[64];
  // by time label: reference date, slot per value column (-1 until first used)
  private LocalDate[] dates = new LocalDate[16];
  private int[][] slots = new int[16][];
  // the fields of the current line: start, end, value (-1 when not 1..9 digits)
  private final int[] starts;
  private final int[] ends;
  private final int[] values;
  private long taken;
  private long handedBack;
  private int fields; // of the line scan() looked at
  private boolean allPlain; // every value field of the line is 1..9 digits
  private final boolean uniform; // every value column direct, one variable and nationality
  private RuntimeException error;
  private boolean off;

  private DirectRows(ClassicLayoutParser.Emitter e, int timeCol, int keyCol, int nameCol,
      ClassicLayoutParser.LabelScan labels, PopulationSink sink) {
    this.labelCols = e.labelCols;
    this.width = e.width;
    this.timeCol = timeCol;
    this.keyCol = keyCol;
    this.nameCol = nameCol;
    this.defaultTime = e.defaultTime;
    this.defaultKey = e.defaultRegionKey;
    this.defaultName = e.defaultRegionName;
    this.sink = sink;
    this.collector = sink.collector();
    this.labels = labels;
    this.columns = e.columns;
    direct = new boolean[width];
    sexes = new Sex[width];
    ages = new AgeBand[width];
    variables = new String[width];
    nationalities = new String[width];
    for (int c = labelCols; c < width; c++) {
      ClassicLayoutParser.ColumnSpec col = columns[c];
      sexes[c] = col.hasSex ? col.sex.orElse(null) : null;
      ages[c] = col.hasAge ? col.age.orElse(null) : null;
      variables[c] = col.variable;
      nationalities[c] = col.nationality.orElse(null);
      direct[c] = !col.hasRegion && !col.hasTime && ages[c] != null
          && collector.accepts(col.variable, nationalities[c]) && collector.countsAsPublished(col.unit.orElse(null));
    }
    boolean u = true;
    for (int c = labelCols; c < width; c++) {
      u &= direct[c] && variables[c].equals(variables[labelCols])
          && java.util.Objects.equals(nationalities[c], nationalities[labelCols]);
    }
    uniform = u;
    dicts = new Labels[labelCols];
    for (int c = 0; c < labelCols; c++) {
      dicts[c] = new Labels();
    }
    times = timeCol >= 0 ? dicts[timeCol] : null;
    keys = keyCol >= 0 ? dicts[keyCol] : null;
    names = nameCol >= 0 ? dicts[nameCol] : null;
    if (timeCol < 0) {
      dates[0] = sink.date(defaultTime);
      slots[0] = newSlots();
    }
    if (keyCol < 0) {
      canonical[0] = sink.key(defaultKey);
      regions[0] = -1;
    }
    starts = new int[width];
    ends = new int[width];
    values = new int[width];
  }

  /**
   * The direct read for the data lines after the first, or null when the labels are of another
   * kind (an age or sex column, a further dimension, a region known by name only).
   */
  static DirectRows of(ClassicLayoutParser.Emitter e, ClassicLayoutParser.LabelScan labels, PopulationSink sink) {
    int time = -1;
    int key = -1;
    int name = -1;
    for (int c = 0; c < e.labelCols; c++) {
      switch (e.labelKinds[c]) {
        case TIME:
          if (time >= 0) {
            return null;
          }
          time = c;
          break;
        case REGION_KEY:
          if (key >= 0) {
            return null;
          }
          key = c;
          break;
        case REGION_NAME:
          if (name >= 0) {
            return null;
          }
          name = c;
          break;
        default:
          return null;
      }
    }
    return new DirectRows(e, time, key, name, labels, sink);
  }

  /** The error of the first line whose cells failed (the emitter's error for that row), or null. */
  RuntimeException error() {
    return error;
  }

  /** {@link #take}: the line is not taken (it becomes a row). */
  static final int NOT_TAKEN = -1;
  /** {@link #take}: the line does not end inside the bytes read so far; read more and try again. */
  static final int MORE = -2;

  /**
   * Takes the line starting at {@code b[from]} (the buffer holds bytes up to {@code lim} and a
   * {@code '\n'} at {@code b[lim]}; {@code eof} when no more follow) when it is a plain data line: its cells are then in the collector and the
   * result is the position after its line end. Returns {@link #NOT_TAKEN}, having changed nothing
   * but label flags (which the row adds again), for any other line and for every line after one
   * whose cells failed; {@link #MORE} when the line end is not in the buffer yet.
   *
   * @throws FastRows.Fallback for a quote or a carriage return inside the line, or a label that is
   *     no valid text (as {@link FastRows} would on that line)
   */
  int take(FastRows rows, byte[] b, int from, int lim, boolean eof, long line) {
    int next = error != null || off ? NOT_TAKEN : takeLine(rows, b, from, lim, eof, line);
    if (next >= 0) {
      taken++;
    } else if (next == NOT_TAKEN) {
      handedBack++;
    }
    return next;
  }

  /** Lines taken so far, and lines handed back as rows (for the tests that both branches run). */
  long taken() {
    return taken;
  }

  long handedBack() {
    return handedBack;
  }

  private int takeLine(FastRows rows, byte[] b, int from, int lim, boolean eof, long line) {
    int next = scan(b, from, lim, eof);
    if (next < 0) {
      return next;
    }
    int n = fields;
    if (n < width || (ends[0] > starts[0] && b[starts[0]] == '_')) {
      return NOT_TAKEN; // short (the row reports it) or perhaps the footer line
    }
    boolean digits = false;
    boolean all = true;
    for (int c = labelCols; c < width; c++) {
      boolean d = values[c] >= 0;
      digits |= d;
      all &= d;
    }
    allPlain = all;
    if (!digits) {
      return NOT_TAKEN; // perhaps a blank line (skipped, its labels not scanned): decided on the row
    }
    int k = 0;
    int t = 0;
    int nm = -1;
    for (int c = 0; c < labelCols; c++) {
      int id = lookup(rows, b, c);
      if (id < 0) {
        return NOT_TAKEN;
      }
      if (c == keyCol) {
        k = id;
      } else if (c == timeCol) {
        t = id;
      } else {
        nm = id;
      }
    }
    String key = canonical[k];
    LocalDate date = dates[t];
    if (key.isBlank() || date == null) {
      return NOT_TAKEN; // the collector reports these, located, from the row
    }
    String name = nm >= 0 ? names.text[nm] : defaultName;
    try {
      emit(rows, line, k, t, key, date, name);
    } catch (FastRows.Fallback f) {
      throw f;
    } catch (RuntimeException e) {
      error = e;
    }
    return next;
  }

  /**
   * One pass over the line's bytes: its end, the bounds of its first {@link #width} fields and the
   * value of each field of one to nine digits; kept small so that the JIT compiles it early.
   *
   * @return the position after the line end, {@link #NOT_TAKEN} or {@link #MORE}; {@link #fields}
   *     is the number of fields
   */
  private int scan(byte[] b, int from, int lim, boolean eof) {
    int[] st = starts;
    int[] en = ends;
    int[] va = values;
    int w = width;
    int n = 0;
    int start = from;
    int v = 0;
    boolean plain = true;
    int to;
    int next;
    int i = from;
    // b[lim] is a '\n' (FastRows' sentinel): the loop tests for the end of the bytes only there
    while (true) {
      int c = b[i];
      int d = c - '0';
      if (d >= 0 && d <= 9) {
        v = v * 10 + d;
      } else if (c == ';') {
        if (n < w) {
          st[n] = start;
          en[n] = i;
          va[n] = plain && i > start && i - start <= 9 ? v : -1;
        } else if (i > start) {
          return NOT_TAKEN; // a field beyond the header: the row decides whether it is blank or an error
        }
        n++;
        start = i + 1;
        v = 0;
        plain = true;
      } else if (c == '\n') {
        if (i == lim) {
          if (!eof) {
            return MORE;
          }
          to = lim;
          next = lim;
        } else {
          to = i;
          next = i + 1;
        }
        break;
      } else if (c == '\r') {
        if (i + 1 == lim && !eof) {
          return MORE;
        }
        if (i + 1 == lim || b[i + 1] != '\n') {
          throw new FastRows.Fallback("carriage return inside a line");
        }
        to = i;
        next = i + 2;
        break;
      } else {
        plain = false;
        if (c == '"') {
          throw new FastRows.Fallback("quote");
        }
      }
      i++;
    }
    if (n < w) {
      st[n] = start;
      en[n] = to;
      va[n] = plain && to > start && to - start <= 9 ? v : -1;
    } else if (to > start) {
      return NOT_TAKEN;
    }
    fields = n + 1;
    return next;
  }

  private void emit(FastRows rows, long line, int k, int t, String key, LocalDate date, String name) {
    if (!named[k]) { // the first name of a key stays (later names are no-ops in the sink)
      sink.name(key, name);
      named[k] = true;
    }
    int region = regions[k];
    int[] slotOf = slots[t];
    if (uniform && allPlain) {
      if (region < 0) {
        region = collector.region(key);
        regions[k] = region;
      }
      for (int c = labelCols; c < width; c++) {
        if (slotOf[c] < 0) {
          slotOf[c] = collector.slot(date, sexes[c], ages[c]);
        }
      }
      collector.addCounts(line, region, variables[labelCols], nationalities[labelCols], slotOf, values, labelCols,
          width);
      return;
    }
    for (int c = labelCols; c < width; c++) {
      int v = values[c];
      if (v >= 0 && direct[c]) {
        if (region < 0) {
          region = collector.region(key);
          regions[k] = region;
        }
        int slot = slotOf[c];
        if (slot < 0) {
          slot = collector.slot(date, sexes[c], ages[c]);
          slotOf[c] = slot;
        }
        collector.addCount(line, region, slot, variables[c], nationalities[c], v);
      } else {
        cell(rows, line, c, k, t, name);
      }
    }
  }

  /** A cell the collector does not take by index: through the sink, as the emitter gives it. */
  private void cell(FastRows rows, long line, int c, int k, int t, String name) {
    ClassicLayoutParser.ColumnSpec col = columns[c];
    String rawKey = keys != null ? keys.text[k] : defaultKey;
    String time = times != null ? times.text[t] : defaultTime;
    Map<String, String> dims = col.dims.isEmpty() ? Map.of() : col.dims;
    Optional<Sex> sex = col.hasSex ? col.sex : Optional.empty();
    Optional<AgeBand> age = col.hasAge ? col.age : Optional.empty();
    sink.cell(line, c + 1, col.hasRegion ? col.key : rawKey, col.hasRegion ? col.name : name,
        col.hasTime ? col.time : time, sex, age, col.nationality, dims, col.variable, col.unit,
        rows.text(starts[c], ends[c]));
  }

  /** The id of label column {@code c}'s field in the current line, learning a new label; -1 when full. */
  private int lookup(FastRows rows, byte[] b, int c) {
    Labels d = dicts[c];
    int from = starts[c];
    int to = ends[c];
    int id = d.find(b, from, to);
    if (id >= 0) {
      return id;
    }
    if (d.size >= MAX_LABELS) {
      off = true;
      return -1;
    }
    String text = rows.text(from, to).strip();
    labels.learn(c, text);
    id = d.add(b, from, to, text);
    if (c == keyCol) {
      if (id >= canonical.length) {
        canonical = Arrays.copyOf(canonical, id * 2);
        regions = Arrays.copyOf(regions, id * 2);
        named = Arrays.copyOf(named, id * 2);
      }
      canonical[id] = sink.key(text);
      regions[id] = -1;
    } else if (c == timeCol) {
      if (id >= dates.length) {
        dates = Arrays.copyOf(dates, id * 2);
        slots = Arrays.copyOf(slots, id * 2);
      }
      dates[id] = sink.date(text);
      slots[id] = newSlots();
    }
    return id;
  }

  private int[] newSlots() {
    int[] s = new int[width];
    Arrays.fill(s, -1);
    return s;
  }

  /**
   * The distinct labels of one column: byte sequences (kept in one array) to ids, open addressing;
   * the last id found is tried first (dates and names repeat line after line).
   */
  private static final class Labels {
    private byte[] bytes = new byte[1024];
    private int used;
    private int[] offset = new int[64];
    private int[] length = new int[64];
    private int[] hash = new int[64];
    String[] text = new String[64];
    private int[] table = new int[128]; // id + 1, 0 = empty
    int size;
    private int last = -1;

    int find(byte[] b, int from, int to) {
      int len = to - from;
      if (last >= 0 && length[last] == len
          && Arrays.equals(bytes, offset[last], offset[last] + len, b, from, to)) {
        return last;
      }
      int h = hash(b, from, to);
      int mask = table.length - 1;
      for (int i = h & mask;; i = (i + 1) & mask) {
        int e = table[i] - 1;
        if (e < 0) {
          return -1;
        }
        if (hash[e] == h && length[e] == len && Arrays.equals(bytes, offset[e], offset[e] + len, b, from, to)) {
          last = e;
          return e;
        }
      }
    }

    int add(byte[] b, int from, int to, String s) {
      int len = to - from;
      int id = size++;
      if (id == offset.length) {
        offset = Arrays.copyOf(offset, id * 2);
        length = Arrays.copyOf(length, id * 2);
        hash = Arrays.copyOf(hash, id * 2);
        text = Arrays.copyOf(text, id * 2);
      }
      if (used + len > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + len));
      }
      System.arraycopy(b, from, bytes, used, len);
      offset[id] = used;
      length[id] = len;
      used += len;
      hash[id] = hash(b, from, to);
      text[id] = s;
      if (size * 2 > table.length) {
        rehash(table.length * 2);
      } else {
        insert(id);
      }
      last = id;
      return id;
    }

    private void insert(int id) {
      int mask = table.length - 1;
      int i = hash[id] & mask;
      while (table[i] != 0) {
        i = (i + 1) & mask;
      }
      table[i] = id + 1;
    }

    private void rehash(int n) {
      table = new int[n];
      for (int id = 0; id < size; id++) {
        insert(id);
      }
    }

    private static int hash(byte[] b, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      return h ^ (h >>> 16);
    }
  }
}
