// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a CSV table under a {@link CsvExportProfile} (FastCSV underneath): BOM, separator, line
 * delimiter and decimal mark of the profile, quotes where CSV needs them, formula guard on every text
 * cell including the header. Header fields with {@code ;} or {@code ,} are always quoted, whatever
 * the separator, so that the separator of the file can be detected on import.
 */
public final class CsvTableWriter implements AutoCloseable {
  /**
   * Quotes (besides what CSV requires) every header field that contains {@code ;} or {@code ,}, so
   * that the separator of a zwk file can always be detected from its header line.
   */
  private static final QuoteStrategy BOTH_SEPARATORS = new QuoteStrategy() {
    @Override
    public boolean quoteValue(int lineNo, int fieldIdx, String value) {
      return lineNo == 1 && (value.indexOf(';') >= 0 || value.indexOf(',') >= 0);
    }
  };

  private final CsvExportProfile profile;
  private final Writer out;
  private final CsvWriter csv;

  /**
   * A writer on a stream (not closed by {@link #close()}, only flushed).
   *
   * @throws UncheckedIOException when the BOM cannot be written
   */
  public CsvTableWriter(OutputStream stream, CsvExportProfile profile) {
    this.profile = profile;
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    try {
      if (profile.bom()) {
        out.write('\uFEFF');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.csv = CsvWriter.builder()
        .fieldSeparator(profile.separator())
        .quoteCharacter('"')
        .quoteStrategy(BOTH_SEPARATORS)
        .lineDelimiter(profile.lineDelimiter().equals("\r\n") ? LineDelimiter.CRLF : LineDelimiter.LF)
        .build(new NonClosingWriter(out));
  }

  /** The profile. */
  public CsvExportProfile profile() {
    return profile;
  }

  /** Writes the header; each name is guarded like a text cell. */
  public void header(List<String> names) {
    List<CsvCell> cells = new ArrayList<>();
    for (String n : names) {
      cells.add(CsvCell.text(n));
    }
    row(cells);
  }

  /** Writes one row. */
  public void row(List<CsvCell> cells) {
    List<String> fields = new ArrayList<>(cells.size());
    for (CsvCell c : cells) {
      fields.add(c.format(profile));
    }
    csv.writeRecord(fields);
  }

  /** Flushes; the underlying stream stays open. */
  @Override
  public void close() {
    try {
      csv.close();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps FastCSV from closing the caller's stream. */
  private static final class NonClosingWriter extends Writer {
    private final Writer delegate;

    NonClosingWriter(Writer delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      delegate.write(cbuf, off, len);
    }

    @Override
    public void flush() throws IOException {
      delegate.flush();
    }

    @Override
    public void close() throws IOException {
      delegate.flush();
    }
  }
}
