// SPDX-License-Identifier: Apache-2.0
package zwk.io.online;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What to fetch: a table by its code (e.g. {@code 12411-0018}) in a format, optionally limited to
 * a span of years or to one region. The parameters are those of the service's
 * {@code data/tablefile} method; they also key the disk cache.
 *
 * @param code the table code (Tabellencode), e.g. {@code 12411-0018} or {@code 12411-02-03-5-B}
 * @param format the file format
 * @param startYear first year, if limited
 * @param endYear last year, if limited
 * @param regionalVariable the regional variable (e.g. {@code KREISE}), with {@code regionalKey}
 * @param regionalKey the regional key(s) (e.g. {@code 01001}), with {@code regionalVariable}
 */
public record TableRequest(String code, TableFormat format, OptionalInt startYear, OptionalInt endYear,
    String regionalVariable, String regionalKey) {
  private static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9A-Za-z]{3,5}(-[0-9A-Za-z]{1,6}){1,5}");

  /** Checks the code and the years. */
  public TableRequest {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(startYear, "startYear");
    Objects.requireNonNull(endYear, "endYear");
    regionalVariable = Objects.requireNonNullElse(regionalVariable, "").strip();
    regionalKey = Objects.requireNonNullElse(regionalKey, "").strip();
    code = code.strip();
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code: expected a GENESIS table code such as 12411-0018, got '"
          + (code.length() > 64 ? code.substring(0, 64) + "…" : code) + "'");
    }
    if (startYear.isPresent() && endYear.isPresent() && endYear.getAsInt() < startYear.getAsInt()) {
      throw new IllegalArgumentException("endYear: expected a year from " + startYear.getAsInt() + " on, got "
          + endYear.getAsInt());
    }
  }

  /** The whole table {@code code} in {@code format}. */
  public static TableRequest of(String code, TableFormat format) {
    return new TableRequest(code, format, OptionalInt.empty(), OptionalInt.empty(), "", "");
  }

  /** This request limited to the years {@code from} to {@code to}. */
  public TableRequest years(int from, int to) {
    return new TableRequest(code, format, OptionalInt.of(from), OptionalInt.of(to), regionalVariable, regionalKey);
  }

  /** The form parameters of {@code data/tablefile}, in a fixed order (credentials are headers, not here). */
  Map<String, String> parameters(boolean job) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("name", code);
    p.put("area", "all");
    p.put("compress", "false");
    p.put("format", format.parameter());
    p.put("language", "de");
    p.put("startyear", startYear.isPresent() ? Integer.toString(startYear.getAsInt()) : "");
    p.put("endyear", endYear.isPresent() ? Integer.toString(endYear.getAsInt()) : "");
    p.put("regionalvariable", regionalVariable);
    p.put("regionalkey", regionalKey);
    p.put("job", Boolean.toString(job));
    return p;
  }
}
