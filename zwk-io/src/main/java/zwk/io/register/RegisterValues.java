// SPDX-License-Identifier: Apache-2.0
package zwk.io.register;

import java.math.BigDecimal;
import zwk.io.csv.CsvFormatException;

/** Parsing of the damaged number and key cells of register files, with located errors. */
final class RegisterValues {
  private RegisterValues() {}

  /** Pads a key part whose leading zeros a spreadsheet dropped ({@code "1"} → {@code "01"}). */
  static String keyPart(String raw, int width, String what, String source, long line, int column) {
    String s = raw.strip();
    if (s.isEmpty() || s.length() > width || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
          what + ": expected 1-" + width + " digits, got '" + CsvFormatException.clip(raw) + "'");
    }
    return "0".repeat(width - s.length()) + s;
  }

  /**
   * A count written with blanks (also no-break or narrow no-break spaces) as thousands separators,
   * {@code " 91 113"} → 91113; empty → null.
   */
  static Long count(String raw, String what, String source, long line, int column) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      } else if (!(c == ' ' || c == '\u00a0' || c == '\u202f')) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
            what + ": expected a count with optional blanks as thousands separators, got '"
                + CsvFormatException.clip(raw) + "'");
      }
    }
    if (sb.length() == 0) {
      return null;
    }
    if (sb.length() > 18) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
          what + ": expected at most 18 digits, got '" + CsvFormatException.clip(raw) + "'");
    }
    return Long.parseLong(sb.toString());
  }

  /** A decimal with comma or point ({@code "56,73"}); empty → null. */
  static BigDecimal decimal(String raw, String what, String source, long line, int column) {
    String s = raw.strip().replace(',', '.');
    if (s.isEmpty()) {
      return null;
    }
    if (!s.matches("-?[0-9]{1,15}(\\.[0-9]{1,15})?")) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
          what + ": expected a decimal number, got '" + CsvFormatException.clip(raw) + "'");
    }
    return new BigDecimal(s);
  }
}
