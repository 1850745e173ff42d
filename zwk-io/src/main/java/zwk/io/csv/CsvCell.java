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
        String s = number.toPlainString();
        return profile.decimalComma() ? s.replace('.', ',') : s;
      case TEXT:
        return FormulaGuard.guard(text);
      default:
        return text;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsvCell && ((CsvCell) o).kind == kind && ((CsvCell) o).text.equals(text)
        && Objects.equals(((CsvCell) o).number, number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, number);
  }

  /** Kind of cell only (content may be personal data). */
  @Override
  public String toString() {
    return "CsvCell{" + kind + "}";
  }
}
