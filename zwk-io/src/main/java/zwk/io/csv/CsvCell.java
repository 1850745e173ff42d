// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cell to export: text (guarded against formulas by {@link FormulaGuard}), a number (written as
 * is, with the profile's decimal mark), a preformatted value that no user typed (a date, an enum
 * code; written unchanged) or empty.
 */
public final class CsvCell {
  private enum Kind { EMPTY, TEXT, NUMBER, RAW }

  private static final CsvCell EMPTY = new CsvCell(Kind.EMPTY, "", null);

  private final Kind kind;
  private final String text;
  private final BigDecimal number;

  private CsvCell(Kind kind, String text, BigDecimal number) {
    this.kind = kind;
    this.text = text;
    this.number = number;
  }

  /** A text cell; null gives an empty cell. */
  public static CsvCell text(String text) {
    return text == null ? EMPTY : new CsvCell(Kind.TEXT, text, null);
  }

  /**
   * Most digits a number cell may have written out plainly: 4,096. Numbers are written without
   * exponent (spreadsheets read both, people only the plain form), and {@code 1E+999999999} written
   * plainly is a gigabyte; a bound far above every real value (JSON input is bounded tighter by
   * {@code JsonLimits}: at most 1,034 digits) keeps every cell small.
   */
  public static final int MAX_PLAIN_DIGITS = 4096;

  /**
   * A number cell; null gives an empty cell.
   *
   * @throws IllegalArgumentException when the number written plainly would have more than
   *     {@link #MAX_PLAIN_DIGITS} digits
   */
  public static CsvCell number(BigDecimal number) {
    if (number == null) {
      return EMPTY;
    }
    long plainDigits = number.scale() >= 0 ? Math.max(number.precision(), (long) number.scale() + 1)
        : number.precision() - (long) number.scale();
    if (plainDigits > MAX_PLAIN_DIGITS) {
      String shown = number.toString(); // exponent form: short
      throw new IllegalArgumentException("number: expected at most " + MAX_PLAIN_DIGITS
          + " digits written plainly, got " + plainDigits + " digits (" + CsvFormatException.clip(shown) + ")");
    }
    return new CsvCell(Kind.NUMBER, "", number);
  }

  /**
   * A number cell {@code unscaled × 10^-scale}, written as {@link BigDecimal#valueOf(long, int)}
   * would be written ({@code -0.5}, {@code 12.0}, {@code 83019213}), without building the
   * {@code BigDecimal}: for tables of millions of computed values.
   *
   * @param scale decimals, 0 to 18
   * @throws IllegalArgumentException when {@code scale} is outside 0 to 18
   */
  public static CsvCell number(long unscaled, int scale) {
    if (scale < 0 || scale > 18) {
      throw new IllegalArgumentException("scale: expected 0 to 18, got " + scale);
    }
    if (unscaled == Long.MIN_VALUE) {
      return number(BigDecimal.valueOf(unscaled, scale));
    }
    return new CsvCell(Kind.NUMBER, plain(unscaled, scale), null);
  }

  private static String plain(long unscaled, int scale) {
    if (scale == 0) {
      return Long.toString(unscaled);
    }
    long a = Math.abs(unscaled);
    int digits = 1;
    for (long t = a; t >= 10; t /= 10) {
      digits++;
    }
    int intDigits = Math.max(1, digits - scale);
    int len = (unscaled < 0 ? 1 : 0) + intDigits + 1 + scale;
    char[] c = new char[len];
    int i = len - 1;
    for (int k = 0; k < scale; k++) {
      c[i--] = (char) ('0' + a % 10);
      a /= 10;
    }
    c[i--] = '.';
    for (int k = 0; k < intDigits; k++) {
      c[i--] = (char) ('0' + a % 10);
      a /= 10;
    }
    if (unscaled < 0) {
      c[0] = '-';
    }
    return new String(c);
  }

  /**
   * A preformatted value produced by zwk itself (ISO or German date, enum name, key): written
   * unchanged. Never use it for user text.
   *
   * @throws IllegalArgumentException when the value could be taken for a formula
   */
  public static CsvCell raw(String value) {
    if (value == null) {
      return EMPTY;
    }
    if (FormulaGuard.needsGuard(value)) {
      throw new IllegalArgumentException("value: expected a preformatted value without formula prefix, got '"
          + CsvFormatException.clip(value) + "'");
    }
    return new CsvCell(Kind.RAW, value, null);
  }

  /** An empty cell. */
  public static CsvCell empty() {
    return EMPTY;
  }

  /** The field as written under a profile. */
  public String format(CsvExportProfile profile) {
    switch (kind) {
      case NUMBER:
        String s = plainNumber();
        return profile.decimalComma() ? s.replace('.', ',') : s;
      case TEXT:
        return FormulaGuard.guard(text);
      default:
        return text;
    }
  }

  private String plainNumber() {
    return number != null ? number.toPlainString() : text;
  }

  /** Number cells are equal when they are written alike ({@code 10} and {@code 1E+1}). */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CsvCell) || ((CsvCell) o).kind != kind) {
      return false;
    }
    CsvCell c = (CsvCell) o;
    return kind == Kind.NUMBER ? c.plainNumber().equals(plainNumber()) : c.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, kind == Kind.NUMBER ? plainNumber() : text);
  }

  /** Kind of cell only (content may be personal data). */
  @Override
  public String toString() {
    return "CsvCell{" + kind + "}";
  }
}
