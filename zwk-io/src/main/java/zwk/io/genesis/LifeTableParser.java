// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvRow;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.region.Ags;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsTable;
import zwk.model.statistics.ValueState;

/**
 * A period life table (<em>Sterbetafel</em>) of Germany converted to plain CSV: header
 * {@code geschlecht;alter;<column>;…} (the shared file has {@code qx;px;lx;dx;Lx;Tx;ex}), one row
 * per sex and single year of age.
 *
 * <p>Mapping: region {@code DG} (Deutschland); sex from {@code geschlecht} ({@code m}, {@code w} or
 * the labels {@link GenesisLabels#sex} knows); age from {@code alter}: digits are a single year, an
 * age the file marks as open ({@code 100+}, {@code 100 Jahre und mehr}) an open band. The shared
 * file marks none: its last age 100 is a single year (there {@code Tx > Lx}: the official table goes
 * on beyond 100 and the conversion stops). One record per (sex, age, value column) with
 * {@code variable} = the column name as written (case matters: {@code lx} ≠ {@code Lx}), the value
 * exactly as written ({@code 9.970029225190015e-05} included; a decimal comma is accepted) and no
 * unit (the file gives none). The time label is the period {@code 2018/2020} when the source name
 * contains {@code 2018-2020}, else empty; the table has no GENESIS code.
 *
 * <p>Errors ({@link CsvFormatException}, located): a header with an empty or repeated column name,
 * rows with another number of fields than the header, an unknown sex, an age that is not a
 * non-negative whole number, the same sex and age twice, a cell that is neither a number nor a
 * GENESIS special value.
 */
final class LifeTableParser {
  private static final Pattern VALUE = Pattern.compile("-?\\d{1,30}([.,]\\d{1,60})?([eE][-+]?\\d{1,3})?");
  private static final Pattern AGE = Pattern.compile("\\d{1,3}");
  private static final Pattern OPEN_AGE = Pattern.compile("(\\d{1,3})\\s*\\+");
  private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d\\d)-((?:19|20)\\d\\d)");

  private LifeTableParser() {}

  /** Whether the header row is that of a converted life table ({@code geschlecht;alter;…}). */
  static boolean isLifeTableHeader(CsvRow header) {
    return header.size() >= 3 && header.get(0).strip().equalsIgnoreCase("geschlecht")
        && header.get(1).strip().equalsIgnoreCase("alter");
  }

  static StatisticsTable parse(List<CsvRow> rows, String src, List<Diagnostic> warnings) {
    CsvRow header = rows.get(0);
    List<String> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c = 2; c < header.size(); c++) {
      String name = header.get(c).strip();
      if (name.isEmpty() || !seen.add(name)) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, src, header.line(), c + 1,
            "expected a distinct life-table column name (qx, px, lx, dx, Lx, Tx, ex), got '"
                + CsvFormatException.clip(name) + "'" + (name.isEmpty() ? " (empty)" : " a second time"));
      }
      columns.add(name);
    }
    String time = period(src);
    Map<String, Long> firstLine = new HashMap<>();
    StatisticsTable.Builder table = StatisticsTable.builder().source(src)
        .title("Sterbetafel" + (time.isEmpty() ? "" : " " + time) + ", Deutschland");
    // region Deutschland, the period, no nationality, no further dimensions: the same for every cell
    int[] codes = {table.region(Ags.GERMANY.code(), Optional.of(Ags.GERMANY), Optional.empty(), "Deutschland"),
        table.time(time, Optional.empty(), Optional.empty()), table.nationality(Optional.empty()),
        table.dimensions(Map.of())};
    for (int i = 1; i < rows.size(); i++) {
      CsvRow r = rows.get(i);
      if (r.isBlank()) {
        continue;
      }
      if (r.size() != header.size()) {
        throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, src, r.line(),
            Math.min(r.size(), header.size()) + 1, "expected " + header.size() + " fields as in the header, got " + r.size());
      }
      Sex sex = GenesisLabels.sex(r.get(0)).orElseThrow(() -> new CsvFormatException(CsvFormatException.Kind.BAD_VALUE,
          src, r.line(), 1, "expected a sex m, w or insgesamt, got '" + CsvFormatException.clip(r.get(0)) + "'"));
      AgeBand age = age(r.get(1), src, r.line());
      Long before = firstLine.putIfAbsent(sex.code() + " " + age, r.line());
      if (before != null) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, r.line(), 2,
            "expected each sex and age once, got " + sex.code() + " " + age + " again (first on line " + before + ")");
      }
      for (int c = 0; c < columns.size(); c++) {
        cell(table, codes, src, r.line(), c + 3, sex, age, columns.get(c), r.get(c + 2));
      }
    }
    return table.warnings(warnings).build();
  }

  private static AgeBand age(String cell, String src, long line) {
    String s = cell.strip();
    if (AGE.matcher(s).matches()) {
      return AgeBand.single(Integer.parseInt(s));
    }
    Matcher m = OPEN_AGE.matcher(s);
    if (m.matches()) {
      return AgeBand.openFrom(Integer.parseInt(m.group(1)));
    }
    Optional<GenesisLabels.Age> a = GenesisLabels.age(s);
    if (a.isPresent() && a.get().band != null && (a.get().band.isOpen() || a.get().band.isSingleYear())) {
      return a.get().band;
    }
    throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, line, 2,
        "expected a single year of age (0, 1, … or an open last age such as 100+), got '" + CsvFormatException.clip(cell) + "'");
  }

  /** One cell: a number exactly as written (a decimal comma accepted) or a GENESIS special value. */
  private static void cell(StatisticsTable.Builder table, int[] codes, String src, long line, int column, Sex sex,
      AgeBand age, String variable, String cell) {
    String v = cell.strip();
    Optional<ValueState> special = ValueState.ofSymbol(v);
    ValueState state;
    BigDecimal value = null;
    if (special.isPresent()) {
      state = special.get();
      if (state == ValueState.ZERO) {
        value = BigDecimal.ZERO;
      }
    } else if (VALUE.matcher(v).matches()) {
      state = ValueState.NUMBER;
      value = new BigDecimal(v.replace(',', '.'));
    } else {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, line, column,
          "expected a number or one of - . x ... / in column " + CsvFormatException.clip(variable) + ", got '"
              + CsvFormatException.clip(cell) + "'");
    }
    table.addCell(codes[0], codes[1], Optional.of(sex), table.age(Optional.of(age)), codes[2], codes[3],
        table.variable(variable, Optional.empty()), state, value, line);
  }

  /** {@code 2018/2020} for a source named {@code …2018-2020…}, else empty. */
  private static String period(String src) {
    Matcher m = PERIOD.matcher(src.toLowerCase(Locale.ROOT));
    return m.find() ? m.group(1) + "/" + m.group(2) : "";
  }
}
