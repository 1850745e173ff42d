package zwk.io.genesis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvReadOptions;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;
import zwk.io.csv.TextEncoding;
import zwk.model.statistics.StatisticsTable;

/**
 * Reads official statistics exported from GENESIS-Online or the Regionaldatenbank Deutschland into a
 * long-format {@link StatisticsTable}.
 *
 * <p>Layouts, detected from the content:
 *
 * <ul>
 *   <li><b>classic table export</b> ({@link ClassicLayoutParser}): a line
 *       {@code GENESIS-Tabelle: 12411-0018}, title lines, one or more header lines whose first cells
 *       are empty (dimensions such as sex, age groups, Länder, nationality or dates across the
 *       columns), data lines with row labels (date, region key and name, age, variant …) followed by
 *       values, and below a line {@code __________} the footnotes (multi-line quoted) and the
 *       copyright and {@code Stand:} lines;</li>
 *   <li><b>flat file {@code ffcsv}</b> ({@link FfcsvParser}): a header
 *       {@code statistics_code;statistics_label;time_code;time_label;time;1_variable_code;…;value;value_unit;value_variable_code;value_variable_label[;value_q]}
 *       and one value per row in any order;</li>
 *   <li><b>period life table</b> converted to plain CSV ({@link LifeTableParser}): a header
 *       {@code geschlecht;alter;qx;px;lx;dx;Lx;Tx;ex}, one row per sex and single year of age for
 *       Germany ({@code DG}); one record per sex, age and column, {@code variable} = column name.</li>
 * </ul>
 *
 * <p>Encoding: UTF-8 with or without BOM, else Windows-1252 (detected). U+FFFD characters in the
 * text (the trace of an earlier broken conversion) are reported as a warning on the table while the
 * numbers are still read. Cells {@code -}, {@code .}, {@code x}, {@code ...}, {@code /} become their
 * {@link zwk.model.statistics.ValueState}; only {@code -} is zero. Values keep the published unit
 * (thousands stay thousands, unit {@code 1000}).
 *
 * <p>Errors: {@link CsvFormatException} with line and column; nothing else escapes (besides
 * {@link NullPointerException} for null arguments).
 */
public final class GenesisReader {
  /** Largest file accepted (GENESIS exports are far smaller); bounds memory. */
  public static final int MAX_BYTES = 128 * 1024 * 1024;

  private GenesisReader() {}

  /** Reads a GENESIS export file. */
  public static StatisticsTable read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, file.toString(), 0, 0,
          "expected a readable file, got " + CsvFormatException.clip(String.valueOf(e)), e);
    }
  }

  /**
   * Reads a GENESIS export from a stream.
   *
   * @param sourceName the file name, used as {@link StatisticsTable#source()} and in messages
   */
  public static StatisticsTable read(InputStream in, String sourceName) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, sourceName, 0, 0,
          "expected a readable stream, got " + CsvFormatException.clip(String.valueOf(e)), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new CsvFormatException(CsvFormatException.Kind.FIELD_TOO_LARGE, sourceName, 0, 0,
          "expected a GENESIS export of at most " + MAX_BYTES + " bytes, got more");
    }
    return readText(TextEncoding.decode(bytes, sourceName), sourceName);
  }

  /** Reads an already decoded GENESIS export. */
  public static StatisticsTable readText(String text, String sourceName) {
    List<String> warnings = new ArrayList<>();
    int fffd = TextEncoding.countReplacementChars(text);
    if (fffd > 0) {
      warnings.add("Zeichenkodierung: " + fffd + " Ersatzzeichen U+FFFD im Text (erste in Zeile "
          + firstLineWith(text, '\uFFFD') + "); Umlaute gingen bei einer früheren Umwandlung verloren."
          + " Zahlen wurden gelesen.");
    }
    List<CsvRow> rows = new ArrayList<>();
    try (CsvRows csv = CsvRows.ofText(text, sourceName, CsvReadOptions.defaults().withSeparator(';'))) {
      for (CsvRow r = csv.next(); r != null; r = csv.next()) {
        rows.add(r);
      }
    }
    if (rows.isEmpty()) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, sourceName, 1, 1,
          "expected a GENESIS export, got an empty file");
    }
    if (rows.get(0).get(0).strip().equals("statistics_code")) {
      return FfcsvParser.parse(rows, sourceName, warnings);
    }
    if (LifeTableParser.isLifeTableHeader(rows.get(0))) {
      return LifeTableParser.parse(rows, sourceName, warnings);
    }
    return ClassicLayoutParser.parse(rows, sourceName, warnings);
  }

  private static long firstLineWith(String text, char c) {
    int idx = text.indexOf(c);
    long line = 1;
    for (int i = 0; i < idx; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
