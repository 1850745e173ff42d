package zwk.io.genesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvRow;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;

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

  private enum LabelKind { TIME, REGION_KEY, REGION_NAME, REGION_BY_NAME, AGE, SEX, OTHER }

  private ClassicLayoutParser() {}

  static StatisticsTable parse(List<CsvRow> rows, String src, List<String> warnings) {
    int i = 0;
    Optional<String> code = Optional.empty();
    List<String> titleLines = new ArrayList<>();
    while (i < rows.size() && !isHeader(rows.get(i)) && !isFooter(rows.get(i))) {
      CsvRow r = rows.get(i++);
      if (r.isBlank()) {
        continue;
      }
      Matcher m = TABLE_CODE.matcher(r.get(0));
      if (code.isEmpty() && m.find()) {
        code = Optional.of(m.group(1));
      } else {
        titleLines.add(joinNonEmpty(r));
      }
    }
    List<CsvRow> header = new ArrayList<>();
    while (i < rows.size() && isHeader(rows.get(i))) {
      header.add(rows.get(i++));
    }
    if (header.isEmpty()) {
      long line = i < rows.size() ? rows.get(i).line() : rows.get(rows.size() - 1).line();
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, src, line, 1,
          "expected header lines that start with an empty cell after the title, got none");
    }
    List<CsvRow> data = new ArrayList<>();
    while (i < rows.size() && !isFooter(rows.get(i))) {
      CsvRow r = rows.get(i++);
      if (!r.isBlank()) {
        data.add(r);
      }
    }
    List<String> notes = new ArrayList<>();
    for (i++; i < rows.size(); i++) {
      if (!rows.get(i).isBlank()) {
        notes.add(joinNonEmpty(rows.get(i)));
      }
    }

    int labelCols = leadingEmpty(header.get(0));
    int width = 0;
    for (CsvRow h : header) {
      width = Math.max(width, lastNonEmpty(h) + 1);
    }
    if (width <= labelCols) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, src, header.get(0).line(), labelCols + 1,
          "expected value column labels after " + labelCols + " empty cells, got none");
    }
    HeaderKind[] kinds = new HeaderKind[header.size()];
    for (int h = 0; h < header.size(); h++) {
      kinds[h] = classify(header.get(h), labelCols, width);
    }
    LabelKind[] labelKinds = classifyLabels(data, labelCols);

    // Defaults from the title block.
    String defaultTime = "";
    String defaultRegionKey = "";
    String defaultRegionName = "";
    String variable = "";
    Optional<String> unit = Optional.empty();
    for (String t : titleLines) {
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

    List<StatisticsRecord> records = new ArrayList<>();
    for (CsvRow r : data) {
      if (r.size() > width && !allEmptyFrom(r, width)) {
        throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, src, r.line(), width + 1,
            "expected at most " + width + " cells as in the header, got " + r.size());
      }
      String time = defaultTime;
      String key = defaultRegionKey;
      String name = defaultRegionName;
      Optional<Sex> rowSex = Optional.empty();
      Optional<AgeBand> rowAge = Optional.empty();
      Map<String, String> rowDims = new LinkedHashMap<>();
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
            Optional<GenesisLabels.Age> a = GenesisLabels.age(v);
            if (a.isPresent()) {
              rowAge = Optional.ofNullable(a.get().band);
            } else {
              rowDims.put("Alter", v);
            }
            break;
          case SEX:
            rowSex = GenesisLabels.sex(v);
            break;
          default:
            rowDims.put("Spalte " + (c + 1), v);
        }
      }
      for (int c = labelCols; c < width; c++) {
        String cell = r.get(c);
        if (cell.isBlank() && c >= r.size()) {
          throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, src, r.line(), c + 1,
              "expected " + width + " cells as in the header, got " + r.size());
        }
        Optional<Sex> sex = rowSex;
        Optional<AgeBand> age = rowAge;
        Optional<String> nationality = Optional.empty();
        String cellTime = time;
        String cellKey = key;
        String cellName = name;
        String cellVariable = variable;
        Optional<String> cellUnit = unit;
        Map<String, String> dims = new LinkedHashMap<>(rowDims);
        for (int h = 0; h < header.size(); h++) {
          String label = header.get(h).get(c).strip();
          switch (kinds[h]) {
            case SEX:
              sex = GenesisLabels.sex(label);
              break;
            case AGE:
              Optional<GenesisLabels.Age> a = GenesisLabels.age(label);
              if (a.isPresent()) {
                age = Optional.ofNullable(a.get().band);
              } else {
                dims.put("Alter", label);
              }
              break;
            case NATIONALITY:
              nationality = Optional.of(label);
              break;
            case REGION:
              cellKey = GenesisLabels.regionOfName(label).orElse("");
              cellName = label;
              break;
            case TIME:
              cellTime = label;
              break;
            case UNIT:
              cellUnit = Optional.of(label);
              break;
            case VARIABLE:
              cellVariable = label;
              break;
            default:
              break;
          }
        }
        records.add(RecordFactory.record(src, r.line(), c + 1, cellKey, cellName, cellTime, sex, age,
            nationality, dims, cellVariable, cellUnit, cell));
      }
    }
    return StatisticsTable.builder()
        .source(src)
        .tableCode(code)
        .title(titleLines.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", titleLines)))
        .records(records)
        .notes(notes)
        .warnings(warnings)
        .build();
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

  private static LabelKind[] classifyLabels(List<CsvRow> data, int labelCols) {
    LabelKind[] kinds = new LabelKind[labelCols];
    for (int c = 0; c < labelCols; c++) {
      boolean time = true;
      boolean key = true;
      boolean age = true;
      boolean sex = true;
      boolean regionName = true;
      for (CsvRow r : data) {
        String v = r.get(c).strip();
        time &= GenesisLabels.isTime(v);
        key &= GenesisLabels.isRegionKey(v);
        age &= GenesisLabels.age(v).isPresent() || v.toLowerCase(java.util.Locale.ROOT).startsWith("alter ");
        sex &= GenesisLabels.sex(v).isPresent();
        regionName &= GenesisLabels.regionOfName(v).isPresent();
      }
      if (data.isEmpty()) {
        kinds[c] = LabelKind.OTHER;
      } else if (time) {
        kinds[c] = LabelKind.TIME;
      } else if (key) {
        kinds[c] = LabelKind.REGION_KEY;
      } else if (c > 0 && kinds[c - 1] == LabelKind.REGION_KEY) {
        kinds[c] = LabelKind.REGION_NAME;
      } else if (regionName) {
        kinds[c] = LabelKind.REGION_BY_NAME;
      } else if (sex) {
        kinds[c] = LabelKind.SEX;
      } else if (age) {
        kinds[c] = LabelKind.AGE;
      } else {
        kinds[c] = LabelKind.OTHER;
      }
    }
    return kinds;
  }
}
