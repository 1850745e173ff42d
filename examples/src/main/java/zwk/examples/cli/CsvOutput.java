package zwk.examples.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvTableWriter;

/**
 * The CSV the commands write. Without {@code --profile} it is the command line's documented contract:
 * UTF-8 without BOM, semicolon, decimal point, LF. {@code --profile standard} and
 * {@code --profile excel-de} are zwk-io's {@link CsvExportProfile}s (excel-de: BOM, semicolon,
 * decimal comma, CRLF). Cells are always formatted by zwk-io's {@link CsvCell} (formula guard on text).
 */
final class CsvOutput implements AutoCloseable {
  private final CsvTableWriter profiled;
  private final CsvWriter plain;
  private final Writer plainOut;

  private CsvOutput(CsvTableWriter profiled, CsvWriter plain, Writer plainOut) {
    this.profiled = profiled;
    this.plain = plain;
    this.plainOut = plainOut;
  }

  /**
   * Opens a CSV output on {@code out} (which stays open).
   *
   * @param profile empty for the contract layout, else a zwk-io profile
   */
  static CsvOutput open(OutputStream out, Optional<CsvExportProfile> profile) {
    if (profile.isPresent()) {
      return new CsvOutput(new CsvTableWriter(out, profile.get()), null, null);
    }
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().fieldSeparator(';').quoteCharacter('"')
        .quoteStrategy(QuoteStrategies.REQUIRED).lineDelimiter(LineDelimiter.LF).build(new Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            w.write(cbuf, off, len);
          }

          @Override
          public void flush() throws IOException {
            w.flush();
          }

          @Override
          public void close() throws IOException {
            w.flush();
          }
        });
    return new CsvOutput(null, csv, w);
  }

  /**
   * Parses {@code --profile}: absent or {@code default} is the contract layout; {@code standard}
   * and {@code excel-de} are zwk-io's profiles.
   *
   * @throws CliInputException for any other name
   */
  static Optional<CsvExportProfile> profile(String name) {
    if (name == null || name.equalsIgnoreCase("default")) {
      return Optional.empty();
    }
    try {
      return Optional.of(CsvExportProfile.parse(name));
    } catch (IllegalArgumentException e) {
      throw new CliInputException("--profile: expected default, standard or excel-de, got '" + CsvFormatException.clip(name) + "'");
    }
  }

  /** Writes the header (names are guarded like text). */
  void header(List<String> names) {
    List<CsvCell> cells = new ArrayList<>();
    for (String n : names) {
      cells.add(CsvCell.text(n));
    }
    row(cells);
  }

  /** Writes a row. */
  void row(List<CsvCell> cells) {
    if (profiled != null) {
      profiled.row(cells);
      return;
    }
    List<String> fields = new ArrayList<>(cells.size());
    for (CsvCell c : cells) {
      fields.add(c.format(CsvExportProfile.STANDARD)); // decimal point, formula guard
    }
    plain.writeRecord(fields);
  }

  /** Flushes; the stream stays open. */
  @Override
  public void close() {
    if (profiled != null) {
      profiled.close();
      return;
    }
    try {
      plain.close();
      plainOut.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
