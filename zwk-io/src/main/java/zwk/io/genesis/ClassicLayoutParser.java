// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvRow;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;

/**
 * The classic GENESIS table export (GENESIS-Online "CSV" and Regionaldatenbank): title block,
 * header block, data block, footnotes. See {@link GenesisReader} for the layout.
 *
 * <p>How columns are understood: the number of empty cells that start the first header line is
 * the number of row-label columns. Each header line is classified by its labels (sex, age,
 * nationality, Land, date, unit, a constant dimension heading, otherwise the variable); each
 * row-label column by its values (date or year, region key, the region name after a key, names of
 * Länder or Deutschland, age, sex, otherwise a further dimension named {@code Spalte n}).
 */
final class ClassicLayoutParser {
  private static final Pattern TABLE_CODE = Pattern.compile("GENESIS-Tabelle:\\s*(\\S+)");
  private static final Pattern STICHTAG = Pattern.compile("Stichtag:\\s*(\\d{2}\\.\\d{2}\\.\\d{4})");
  private static final Pattern VARIABLE_UNIT = Pattern.compile(
      "(.+?)\\s*\\((Anzahl|Number|1000|1 000|Tsd\\.?|Prozent|Percent|%|EUR|Jahre|Years)\\)");
  private static final String FOOTER = "__________";

  private enum HeaderKind { SEX, AGE, NATIONALITY, REGION, TIME, UNIT, HEADING, VARIABLE }

  enum LabelKind { TIME, REGION_KEY, REGION_NAME, REGION_BY_NAME, AGE, SEX, OTHER }

  private ClassicLayoutParser() {}

  /** What the first pass learnt: blocks, label kinds, defaults from the title. */
  private static final class Structure {
    Optional<String> code = Optional.empty();
    final List<String> titleLines = new ArrayList<>();
    final List<CsvRow> header = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    long rowsBeforeData;
    long afterTitleLine;
    int labelCols;
    int width;
    HeaderKind[] kinds;
    LabelKind[] labelKinds;
  }

  /**
   * Parses the classic layout. The kind of each row-label column (date, key, age …) needs every data
   * row, so the parser emits the cells while it scans, with the kinds the first data row suggests;
   * when the kinds over all rows turn out the same (the usual case: columns are homogeneous) that
   * single pass is the result, else the cells are emitted again in a second pass into a fresh sink.
   * Either way the sink receives exactly the cells a two-pass reading gives, and errors come in the
   * same order (file structure first, then the first bad cell).
   *
   * @param first the first row of the first pass (already read by the caller to detect the layout)
   * @return the sink that holds the cells
   */
  static CellSink parse(GenesisSource source, GenesisSource.Pass pass, CsvRow first, Supplier<CellSink> sinks) {
    String src = source.name();
    Structure st = new Structure();
    CellSink sink = sinks.get();
    CsvRow r = first;
    CsvRow last = first;
    while (r != null && !isHeader(r) && !isFooter(r)) {
      st.rowsBeforeData++;
      if (!r.isBlank()) {
        Matcher m = TABLE_CODE.matcher(r.get(0));
        if (st.code.isEmpty() && m.find()) {
          st.code = Optional.of(m.group(1));
        } else {
          st.titleLines.add(joinNonEmpty(r));
        }
      }
      last = r;
      r = pass.next();
    }
    st.afterTitleLine = r != null ? r.line() : 0;
    while (r != null && isHeader(r)) {
      st.rowsBeforeData++;
      st.header.add(r);
      last = r;
      r = pass.next();
    }
    int labelCols = st.header.isEmpty() ? 0 : leadingEmpty(st.header.get(0));
    st.labelCols = labelCols;
    int width = 0;
    for (CsvRow h : st.header) {
      width = Math.max(width, lastNonEmpty(h) + 1);
    }
    st.width = width;
    boolean structureOk = !st.header.isEmpty() && width > labelCols;
    if (structureOk) {
      st.kinds = new HeaderKind[st.header.size()];
      for (int h = 0; h < st.header.size(); h++) {
        st.kinds[h] = classify(st.header.get(h), labelCols, width);
      }
    }
    LabelScan labels = new LabelScan(labelCols);
    LabelKind[] tentative = null;
    Emitter emitter = null;
    DirectRows direct = null;
    boolean directTried = false;
    DirectRows usedDirect = null;
    RuntimeException speculativeError = null;
    while (r != null && !isFooter(r)) {
      if (direct != null && direct.error() != null) {
        speculativeError = direct.error(); // a line taken from its bytes failed: as a row would have
        emitter = null;
        direct = null;
      }
      if (!r.isBlank()) {
        labels.add(r);
        if (tentative == null && structureOk) {
          tentative = labels.kinds();
          emitter = new Emitter(st, tentative, src, sink);
        }
        if (emitter != null) {
          try {
            emitter.row(r);
          } catch (RuntimeException e) {
            speculativeError = e; // thrown below if the kinds hold, after any structure error
            emitter = null;
            direct = null;
          }
        }
        if (!directTried && emitter != null && pass.isFast() && source.allowsDirectRows()
            && sink instanceof PopulationSink) {
          directTried = true;
          // the following plain data lines go from their bytes into the collector (same cells)
          direct = DirectRows.of(emitter, labels, (PopulationSink) sink);
          usedDirect = direct;
        }
      }
      last = r;
      r = direct != null ? pass.next(direct) : pass.next();
    }
    if (direct != null && direct.error() != null) {
      speculativeError = direct.error();
    }
    if (usedDirect != null) {
      source.countDirect(usedDirect.taken(), usedDirect.handedBack());
    }
    if (r != null) { // the footer line: notes follow
      for (r = pass.next(); r != null; r = pass.next()) {
        if (!r.isBlank()) {
          st.notes.add(joinNonEmpty(r));
        }
      }
    }
    if (st.header.isEmpty()) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, src,
          st.afterTitleLine > 0 ? st.afterTitleLine : last.line(), 1,
          "expected header lines that start with an empty cell after the title, got none");
    }
    if (width <= labelCols) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, src, st.header.get(0).line(), labelCols + 1,
          "expected value column labels after " + labelCols + " empty cells, got none");
    }
    st.labelKinds = labels.kinds();
    if (tentative == null || !java.util.Arrays.equals(tentative, st.labelKinds)) {
      // a label column changed its kind after the first row: emit again with the kinds of all rows
      sink = sinks.get();
      try (GenesisSource.Pass second = source.open()) {
        for (long i = 0; i < st.rowsBeforeData; i++) {
          second.next();
        }
        Emitter e = new Emitter(st, st.labelKinds, src, sink);
        for (CsvRow row = second.next(); row != null && !isFooter(row); row = second.next()) {
          if (!row.isBlank()) {
            e.row(row);
          }
        }
      }
    } else if (speculativeError != null) {
      throw speculativeError;
    }
    sink.table(st.code, st.titleLines.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", st.titleLines)),
        st.notes);
    return sink;
  }

  /** Emits the cells of data rows, given the label kinds. */
  static final class Emitter {
    final LabelKind[] labelKinds;
    private final String src;
    private final CellSink sink;
    final int width;
    final int labelCols;
    final ColumnSpec[] columns;
    private final Map<String, Optional<GenesisLabels.Age>> ageCache = new HashMap<>();
    private final Map<String, Optional<Sex>> sexCache = new HashMap<>();
    String defaultTime = "";
    String defaultRegionKey = "";
    String defaultRegionName = "";

    Emitter(Structure st, LabelKind[] labelKinds, String src, CellSink sink) {
      this.labelKinds = labelKinds;
      this.src = src;
      this.sink = sink;
      this.width = st.width;
      this.labelCols = st.labelCols;
      // Defaults from the title block.
      String variable = "";
      Optional<String> unit = Optional.empty();
      for (String t : st.titleLines) {
        Matcher m = STICHTAG.matcher(t);
        if (m.find()) {
          defaultTime = m.group(1);
        }
        Optional<String> region = GenesisLabels.regionOfName(t);
        if (region.isPresent() && region.get().equals("DG")) {
          defaultRegionKey = "DG";
          defaultRegionName = t.strip();
        }
        Matcher vu = VARIABLE_UNIT.matcher(t.strip());
        if (vu.matches()) {
          variable = vu.group(1);
          unit = Optional.of(vu.group(2));
        }
      }
      columns = new ColumnSpec[width];
      for (int c = labelCols; c < width; c++) {
        columns[c] = ColumnSpec.of(st.header, st.kinds, c, variable, unit);
      }
    }

    void row(CsvRow r) {
      if (r.size() > width && !allEmptyFrom(r, width)) {
        throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, src, r.line(), width + 1,
            "expected at most " + width + " cells as in the header, got " + r.size());
      }
      String time = defaultTime;
      String key = defaultRegionKey;
      String name = defaultRegionName;
      Optional<Sex> rowSex = Optional.empty();
      Optional<AgeBand> rowAge = Optional.empty();
      Map<String, String> rowDims = null;
      for (int c = 0; c < labelCols; c++) {
        String v = r.get(c).strip();
        switch (labelKinds[c]) {
          case TIME:
            time = v;
            break;
          case REGION_KEY:
            key = v;
            break;
          case REGION_NAME:
            name = v;
            break;
          case REGION_BY_NAME:
            key = GenesisLabels.regionOfName(v).orElse("");
            name = v;
            break;
          case AGE:
            Optional<GenesisLabels.Age> a = ageCache.computeIfAbsent(v, GenesisLabels::age);
            if (a.isPresent()) {
              rowAge = Optional.ofNullable(a.get().band);
            } else {
              rowDims = put(rowDims, "Alter", v);
            }
            break;
          case SEX:
            rowSex = sexCache.computeIfAbsent(v, GenesisLabels::sex);
            break;
          default:
            rowDims = put(rowDims, "Spalte " + (c + 1), v);
        }
      }
      Map<String, String> dimsOfRow = rowDims == null ? Map.of() : rowDims;
      for (int c = labelCols; c < width; c++) {
        String cell = r.get(c);
        if (cell.isBlank() && c >= r.size()) {
          throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, src, r.line(), c + 1,
              "expected " + width + " cells as in the header, got " + r.size());
        }
        ColumnSpec col = columns[c];
        Map<String, String> dims = dimsOfRow;
        if (!col.dims.isEmpty()) {
          dims = new LinkedHashMap<>(dimsOfRow);
          dims.putAll(col.dims);
        }
        sink.cell(r.line(), c + 1, col.hasRegion ? col.key : key, col.hasRegion ? col.name : name,
            col.hasTime ? col.time : time, col.hasSex ? col.sex : rowSex, col.hasAge ? col.age : rowAge,
            col.nationality, dims, col.variable, col.unit, cell);
      }
    }
  }

  private static Map<String, String> put(Map<String, String> m, String k, String v) {
    Map<String, String> r = m == null ? new LinkedHashMap<>() : m;
    r.put(k, v);
    return r;
  }

  /**
   * What the header lines say about one value column, worked out once per column instead of once
   * per cell; later header lines of the same kind win, as they always did.
   */
  static final class ColumnSpec {
    boolean hasSex;
    Optional<Sex> sex = Optional.empty();
    boolean hasAge;
    Optional<AgeBand> age = Optional.empty();
    Optional<String> nationality = Optional.empty();
    boolean hasRegion;
    String key;
    String name;
    boolean hasTime;
    String time;
    Optional<String> unit;
    String variable;
    final Map<String, String> dims = new LinkedHashMap<>();

    static ColumnSpec of(List<CsvRow> header, HeaderKind[] kinds, int c, String variable, Optional<String> unit) {
      ColumnSpec s = new ColumnSpec();
      s.variable = variable;
      s.unit = unit;
      for (int h = 0; h < header.size(); h++) {
        String label = header.get(h).get(c).strip();
        switch (kinds[h]) {
          case SEX:
            s.hasSex = true;
            s.sex = GenesisLabels.sex(label);
            break;
          case AGE:
            Optional<GenesisLabels.Age> a = GenesisLabels.age(label);
            if (a.isPresent()) {
              s.hasAge = true;
              s.age = Optional.ofNullable(a.get().band);
            } else {
              s.dims.put("Alter", label);
            }
            break;
          case NATIONALITY:
            s.nationality = Optional.of(label);
            break;
          case REGION:
            s.hasRegion = true;
            s.key = GenesisLabels.regionOfName(label).orElse("");
            s.name = label;
            break;
          case TIME:
            s.hasTime = true;
            s.time = label;
            break;
          case UNIT:
            s.unit = Optional.of(label);
            break;
          case VARIABLE:
            s.variable = label;
            break;
          default:
            break;
        }
      }
      return s;
    }
  }

  private static boolean isHeader(CsvRow r) {
    return !r.isBlank() && r.get(0).isBlank();
  }

  private static boolean isFooter(CsvRow r) {
    return r.get(0).startsWith(FOOTER);
  }

  private static boolean allEmptyFrom(CsvRow r, int from) {
    for (int c = from; c < r.size(); c++) {
      if (!r.get(c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static int leadingEmpty(CsvRow r) {
    int n = 0;
    while (n < r.size() && r.get(n).isBlank()) {
      n++;
    }
    return n;
  }

  private static int lastNonEmpty(CsvRow r) {
    for (int c = r.size() - 1; c >= 0; c--) {
      if (!r.get(c).isBlank()) {
        return c;
      }
    }
    return -1;
  }

  private static String joinNonEmpty(CsvRow r) {
    StringBuilder sb = new StringBuilder();
    for (String f : r.fields()) {
      if (!f.isBlank()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(f.strip());
      }
    }
    return sb.toString();
  }

  private static HeaderKind classify(CsvRow h, int from, int width) {
    boolean sex = false;
    boolean age = false;
    boolean nationality = false;
    boolean region = false;
    boolean time = true;
    boolean unit = true;
    String first = null;
    boolean constant = true;
    for (int c = from; c < width; c++) {
      String l = h.get(c).strip();
      sex |= GenesisLabels.isSpecificSex(l);
      nationality |= GenesisLabels.isSpecificNationality(l);
      age |= GenesisLabels.age(l).filter(a -> !a.total).isPresent();
      region |= GenesisLabels.regionOfName(l).isPresent();
      time &= GenesisLabels.isTime(l);
      unit &= l.equals("Anzahl") || l.equals("Number") || l.equals("Prozent") || l.equals("1000");
      if (first == null) {
        first = l;
      } else if (!first.equals(l)) {
        constant = false;
      }
    }
    if (sex) {
      return HeaderKind.SEX;
    }
    if (nationality) {
      return HeaderKind.NATIONALITY;
    }
    if (age) {
      return HeaderKind.AGE;
    }
    if (region) {
      return HeaderKind.REGION;
    }
    if (time) {
      return HeaderKind.TIME;
    }
    if (unit) {
      return HeaderKind.UNIT;
    }
    // One label repeated over several columns names the dimension of the next line ("Geschlecht").
    return constant && width - from > 1 ? HeaderKind.HEADING : HeaderKind.VARIABLE;
  }

  /**
   * The kind of every row-label column, from all data rows: a column is a date column only if
   * every value is a date, and so on. Accumulated row by row; each distinct value is classified
   * once (a file has few distinct dates and ages, and each region key once per date).
   */
  static final class LabelScan {
    static final int TIME = 1;
    static final int KEY = 2;
    static final int AGE = 4;
    static final int SEX = 8;
    static final int REGION_NAME = 16;

    private final int[] all; // per column: the flags every value so far has
    private final List<Map<String, Integer>> seen = new ArrayList<>();
    private boolean any;

    LabelScan(int labelCols) {
      all = new int[labelCols];
      java.util.Arrays.fill(all, TIME | KEY | AGE | SEX | REGION_NAME);
      for (int c = 0; c < labelCols; c++) {
        seen.add(new HashMap<>());
      }
    }

    void add(CsvRow r) {
      any = true;
      for (int c = 0; c < all.length; c++) {
        if (all[c] == 0) {
          continue;
        }
        String v = r.get(c).strip();
        Integer f = seen.get(c).get(v);
        if (f == null) {
          f = flags(v, all[c]);
          if (seen.get(c).size() < 100_000) {
            seen.get(c).put(v, f);
          }
        }
        all[c] &= f;
      }
    }

    /** Takes one value of column {@code c} (as {@link #add} does for each of a row's values). */
    void learn(int c, String v) {
      any = true;
      all[c] &= flags(v, all[c]);
    }

    static int flags(String v) {
      return flags(v, TIME | KEY | AGE | SEX | REGION_NAME);
    }

    /**
     * {@code flags(v) & wanted}, testing only the kinds in {@code wanted}. A column's flags only
     * ever lose kinds, so a kind it has lost need not be tested again: this keeps the label
     * patterns (regular expressions, and {@code Sex.parse}'s exception) off the 10,000 region
     * names of a municipal file, whose column has lost every kind after its first name. The flags
     * cached in {@link #add} may lack kinds the column had already lost, which the AND ignores.
     */
    static int flags(String v, int wanted) {
      int f = 0;
      if ((wanted & TIME) != 0 && GenesisLabels.isTime(v)) {
        f |= TIME;
      }
      if ((wanted & KEY) != 0 && GenesisLabels.isRegionKey(v)) {
        f |= KEY;
      }
      if ((wanted & AGE) != 0
          && (GenesisLabels.age(v).isPresent() || v.toLowerCase(java.util.Locale.ROOT).startsWith("alter "))) {
        f |= AGE;
      }
      if ((wanted & SEX) != 0 && GenesisLabels.sex(v).isPresent()) {
        f |= SEX;
      }
      if ((wanted & REGION_NAME) != 0 && GenesisLabels.regionOfName(v).isPresent()) {
        f |= REGION_NAME;
      }
      return f;
    }

    LabelKind[] kinds() {
      LabelKind[] kinds = new LabelKind[all.length];
      for (int c = 0; c < all.length; c++) {
        int f = all[c];
        if (!any) {
          kinds[c] = LabelKind.OTHER;
        } else if ((f & TIME) != 0) {
          kinds[c] = LabelKind.TIME;
        } else if ((f & KEY) != 0) {
          kinds[c] = LabelKind.REGION_KEY;
        } else if (c > 0 && kinds[c - 1] == LabelKind.REGION_KEY) {
          kinds[c] = LabelKind.REGION_NAME;
        } else if ((f & REGION_NAME) != 0) {
          kinds[c] = LabelKind.REGION_BY_NAME;
        } else if ((f & SEX) != 0) {
          kinds[c] = LabelKind.SEX;
        } else if ((f & AGE) != 0) {
          kinds[c] = LabelKind.AGE;
        } else {
          kinds[c] = LabelKind.OTHER;
        }
      }
      return kinds;
    }
  }
}
