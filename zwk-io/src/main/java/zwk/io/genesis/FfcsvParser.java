// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvRow;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;

/**
 * The GENESIS flat file format {@code ffcsv}: one value per row, columns found by header name.
 *
 * <p>Columns: {@code statistics_code}, {@code statistics_label}, {@code time_code},
 * {@code time_label}, {@code time}, then for n = 1, 2, … {@code n_variable_code},
 * {@code n_variable_label}, {@code n_variable_attribute_code}, {@code n_variable_attribute_label},
 * then {@code value}, {@code value_unit}, {@code value_variable_code},
 * {@code value_variable_label} and optionally {@code value_q} (quality flag or special symbol).
 *
 * <p>Variables are mapped by code: regional ones ({@code DINSG}, {@code DLAND}, {@code REGBEZ},
 * {@code KREISE}, {@code GEMEIN}) give the region key (attribute code) and name; {@code GES} the sex
 * ({@code GESM}, {@code GESW}, empty code = total); codes starting with {@code ALT} the age
 * ({@code ALTVOLL015} = 15 years, else from the label); codes starting with {@code NAT} the
 * nationality; every other variable goes to the dimensions (label → attribute label). An empty value
 * with a special symbol in {@code value_q} takes that state; any other {@code value_q} is kept as the
 * dimension {@code value_q}.
 */
final class FfcsvParser {
  private static final Set<String> REGION_CODES = Set.of("DINSG", "DLAND", "REGBEZ", "KREISE", "GEMEIN", "DLANDS");
  private static final String[] REQUIRED = {
    "statistics_code", "time", "value", "value_unit", "value_variable_label"
  };

  private FfcsvParser() {}

  /** Parses the rows after {@code header} as they come, into {@code sink}. */
  static void parse(GenesisSource.Pass pass, CsvRow header, String src, CellSink sink) {
    Map<String, Integer> col = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      col.putIfAbsent(header.get(c).strip(), c);
    }
    for (String r : REQUIRED) {
      if (!col.containsKey(r)) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_HEADER, src, header.line(), header.size() + 1,
            "expected an ffcsv header with column '" + r + "', got none");
      }
    }
    int variables = 0;
    while (col.containsKey((variables + 1) + "_variable_code")
        && col.containsKey((variables + 1) + "_variable_attribute_code")) {
      variables++;
    }
    int[] vcodeCol = new int[variables + 1];
    int[] vlabelCol = new int[variables + 1];
    int[] acodeCol = new int[variables + 1];
    int[] alabelCol = new int[variables + 1];
    for (int v = 1; v <= variables; v++) {
      vcodeCol[v] = index(col, v + "_variable_code");
      vlabelCol[v] = index(col, v + "_variable_label");
      acodeCol[v] = index(col, v + "_variable_attribute_code");
      alabelCol[v] = index(col, v + "_variable_attribute_label");
    }
    int codeCol = index(col, "statistics_code");
    int labelCol = index(col, "statistics_label");
    int timeCol = index(col, "time");
    int valueCol = index(col, "value");
    int qualityCol = index(col, "value_q");
    int unitCol = index(col, "value_unit");
    int variableCol = index(col, "value_variable_label");
    Optional<String> code = Optional.empty();
    Optional<String> title = Optional.empty();
    boolean first = true;
    Map<String, Optional<GenesisLabels.Age>> ageCache = new HashMap<>();
    Map<String, Optional<String>> unitCache = new HashMap<>();
    for (CsvRow r = pass.next(); r != null; r = pass.next()) {
      if (r.isBlank()) {
        continue;
      }
      if (r.size() != header.size()) {
        throw new CsvFormatException(CsvFormatException.Kind.RAGGED_ROW, src, r.line(),
            Math.min(r.size(), header.size()) + 1, "expected " + header.size() + " fields as in the header, got " + r.size());
      }
      if (first) {
        first = false;
        code = Optional.of(get(r, codeCol)).filter(s -> !s.isEmpty());
        title = Optional.of(get(r, labelCol)).filter(s -> !s.isEmpty());
      }
      String key = "";
      String name = "";
      Optional<Sex> sex = Optional.empty();
      Optional<AgeBand> age = Optional.empty();
      Optional<String> nationality = Optional.empty();
      Map<String, String> dims = new LinkedHashMap<>();
      for (int v = 1; v <= variables; v++) {
        String vcode = get(r, vcodeCol[v]);
        String vlabel = get(r, vlabelCol[v]);
        String acode = get(r, acodeCol[v]);
        String alabel = get(r, alabelCol[v]);
        if (REGION_CODES.contains(vcode)) {
          key = acode;
          name = alabel;
        } else if (vcode.equals("GES")) {
          Optional<Sex> s = acode.isEmpty() ? GenesisLabels.sex(alabel) : GenesisLabels.sex(acode);
          if (s.isEmpty()) {
            throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, src, r.line(), acodeCol[v] + 1,
                "expected a sex code GESM, GESW or a total, got '" + CsvFormatException.clip(acode + " " + alabel) + "'");
          }
          sex = s;
        } else if (vcode.startsWith("ALT")) {
          Optional<GenesisLabels.Age> a = ageCache.computeIfAbsent(acode + "\u0000" + alabel,
              k -> GenesisLabels.age(acode).or(() -> GenesisLabels.age(alabel)));
          if (a.isPresent()) {
            age = Optional.ofNullable(a.get().band);
          } else {
            dims.put(vlabel.isEmpty() ? vcode : vlabel, alabel.isEmpty() ? acode : alabel);
          }
        } else if (vcode.startsWith("NAT")) {
          nationality = Optional.of(alabel);
        } else {
          dims.put(vlabel.isEmpty() ? vcode : vlabel, alabel.isEmpty() ? acode : alabel);
        }
      }
      String value = get(r, valueCol);
      String quality = qualityCol >= 0 ? get(r, qualityCol) : "";
      if (value.isEmpty() && ValueState.ofSymbol(quality).isPresent()) {
        value = quality;
      } else if (!quality.isEmpty()) {
        dims.put("value_q", quality);
      }
      String unit = get(r, unitCol);
      sink.cell(r.line(), valueCol + 1, key, name, get(r, timeCol), sex, age, nationality, dims,
          get(r, variableCol), unitCache.computeIfAbsent(unit, u -> u.isEmpty() ? Optional.empty() : Optional.of(u)),
          value);
    }
    sink.table(code, title, List.of());
  }

  private static int index(Map<String, Integer> col, String name) {
    Integer c = col.get(name);
    return c == null ? -1 : c;
  }

  private static String get(CsvRow r, int c) {
    return c < 0 ? "" : r.get(c).strip();
  }

}
