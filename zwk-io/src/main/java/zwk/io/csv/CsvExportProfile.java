// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import java.util.Locale;

/**
 * How zwk writes CSV.
 *
 * <ul>
 *   <li>{@link #STANDARD} ({@code standard}): UTF-8 without BOM, comma, decimal point, LF, English
 *       column names, ISO dates ({@code 2021-12-31});</li>
 *   <li>{@link #EXCEL_DE} ({@code excel-de}): UTF-8 with BOM (so that German Excel detects the
 *       encoding), semicolon, decimal comma, CRLF, German column names, dates {@code 31.12.2021};</li>
 *   <li>{@link #SEMICOLON} ({@code semicolon}): like {@code standard} but with a semicolon, the layout
 *       of GENESIS-style machine-readable tables and of the {@code zwk} command line's output. Import
 *       it with {@code CsvImportOptions.forProfile(SEMICOLON)}: a semicolon alone would suggest a
 *       decimal comma.</li>
 * </ul>
 *
 * <p>All neutralise formula prefixes in text cells ({@link FormulaGuard}).
 */
public enum CsvExportProfile {
  /** UTF-8, comma, decimal point, LF. */
  STANDARD("standard", ',', false, false, "\n", Locale.ENGLISH),
  /** UTF-8 with BOM, semicolon, decimal comma, CRLF. */
  EXCEL_DE("excel-de", ';', true, true, "\r\n", Locale.GERMAN),
  /** UTF-8, semicolon, decimal point, LF. */
  SEMICOLON("semicolon", ';', false, false, "\n", Locale.ENGLISH);

  private final String id;
  private final char separator;
  private final boolean bom;
  private final boolean decimalComma;
  private final String lineDelimiter;
  private final Locale locale;

  CsvExportProfile(String id, char separator, boolean bom, boolean decimalComma, String lineDelimiter, Locale locale) {
    this.id = id;
    this.separator = separator;
    this.bom = bom;
    this.decimalComma = decimalComma;
    this.lineDelimiter = lineDelimiter;
    this.locale = locale;
  }

  /** The profile name: {@code standard}, {@code excel-de} or {@code semicolon}. */
  public String id() {
    return id;
  }

  /** Field separator. */
  public char separator() {
    return separator;
  }

  /** Whether a UTF-8 byte order mark is written. */
  public boolean bom() {
    return bom;
  }

  /** Whether numbers use a decimal comma. */
  public boolean decimalComma() {
    return decimalComma;
  }

  /** Line delimiter. */
  public String lineDelimiter() {
    return lineDelimiter;
  }

  /** Language of the column names. */
  public Locale locale() {
    return locale;
  }

  /**
   * The profile of a name ({@code standard}, {@code excel-de}, {@code semicolon}; case-insensitive,
   * {@code _} for {@code -}).
   *
   * @throws IllegalArgumentException naming the text when it is none of them
   */
  public static CsvExportProfile parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (CsvExportProfile p : values()) {
      if (p.id.equals(n)) {
        return p;
      }
    }
    throw new IllegalArgumentException("profile: expected standard, excel-de or semicolon, got '" + CsvFormatException.clip(name) + "'");
  }
}
