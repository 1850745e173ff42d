// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.Objects;
import zwk.io.csv.CsvReadOptions;

/**
 * Options of an import of zwk's own CSV tables: mode, decimal mark and the tokenizer options
 * (separator, encoding, maximum field size).
 */
public final class CsvImportOptions {
  /** Which decimal mark numbers use. */
  public enum DecimalMark {
    /** Comma when the separator is {@code ;} (German Excel), else point. */
    AUTO,
    /** {@code 1234,5}. */
    COMMA,
    /** {@code 1234.5}. */
    POINT
  }

  private final ImportMode mode;
  private final DecimalMark decimalMark;
  private final CsvReadOptions read;

  private CsvImportOptions(ImportMode mode, DecimalMark decimalMark, CsvReadOptions read) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.decimalMark = Objects.requireNonNull(decimalMark, "decimalMark");
    this.read = Objects.requireNonNull(read, "read");
  }

  /** All-or-nothing, decimal mark from the separator, tokenizer defaults. */
  public static CsvImportOptions defaults() {
    return new CsvImportOptions(ImportMode.ALL_OR_NOTHING, DecimalMark.AUTO, CsvReadOptions.defaults());
  }

  /**
   * Defaults for re-importing a file written with {@code profile}: its decimal mark instead of the
   * guess from the separator.
   */
  public static CsvImportOptions forProfile(zwk.io.csv.CsvExportProfile profile) {
    return defaults().withDecimalMark(profile.decimalComma() ? DecimalMark.COMMA : DecimalMark.POINT);
  }

  /** With another mode. */
  public CsvImportOptions withMode(ImportMode m) {
    return new CsvImportOptions(m, decimalMark, read);
  }

  /** With another decimal mark. */
  public CsvImportOptions withDecimalMark(DecimalMark d) {
    return new CsvImportOptions(mode, d, read);
  }

  /** With other tokenizer options. */
  public CsvImportOptions withReadOptions(CsvReadOptions r) {
    return new CsvImportOptions(mode, decimalMark, r);
  }

  /** The mode. */
  public ImportMode mode() {
    return mode;
  }

  /** The decimal mark. */
  public DecimalMark decimalMark() {
    return decimalMark;
  }

  /** The tokenizer options. */
  public CsvReadOptions read() {
    return read;
  }
}
