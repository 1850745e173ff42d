package zwk.io.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * A pass-through reader that only watches the characters handed to the CSV engine so that an error
 * can be located: current line and column, whether a quoted field is open and in which field it
 * began. It does not split anything; the engine (FastCSV) does all tokenising.
 */
final class LocatingReader extends Reader {
  private final Reader in;
  private final char separator;
  private long line = 1;
  private int columnChars;
  private int field = 1;
  private boolean inQuote;
  private boolean lastWasQuote;
  private boolean lastWasCr;
  private long quoteLine;
  private int quoteField;
  private boolean eof;

  LocatingReader(Reader in, char separator) {
    this.in = in;
    this.separator = separator;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = in.read(cbuf, off, len);
    if (n < 0) {
      eof = true;
      return n;
    }
    for (int i = off; i < off + n; i++) {
      observe(cbuf[i]);
    }
    return n;
  }

  private void observe(char c) {
    if (c == '"') {
      // "" inside quotes is an escaped quote: toggling twice leaves the state unchanged.
      if (!inQuote && lastWasQuote) {
        inQuote = true;
      } else if (inQuote) {
        inQuote = false;
      } else if (columnChars == 0 || lastWasSeparatorOrStart()) {
        inQuote = true;
        quoteLine = line;
        quoteField = field;
      }
      lastWasQuote = true;
    } else {
      lastWasQuote = false;
      if (!inQuote && c == separator) {
        field++;
      }
    }
    if (c == '\n' || c == '\r') {
      if (!(c == '\n' && lastWasCr)) {
        line++;
      }
      columnChars = 0;
      if (!inQuote) {
        field = 1;
      }
      lastWasCr = c == '\r';
      prev = c;
      return;
    }
    lastWasCr = false;
    columnChars++;
    prev = c;
  }

  private char prev = '\n';

  private boolean lastWasSeparatorOrStart() {
    return prev == separator || prev == '\n' || prev == '\r';
  }

  /** Current 1-based line (of the last character read). */
  long line() {
    return line;
  }

  /** Current 1-based character column in the line. */
  int column() {
    return columnChars + 1;
  }

  /** Current 1-based field index in the record. */
  int field() {
    return field;
  }

  /** Whether a quoted field is open. */
  boolean inQuote() {
    return inQuote;
  }

  /** Line where the open quoted field began. */
  long quoteLine() {
    return quoteLine;
  }

  /** Field index where the open quoted field began. */
  int quoteField() {
    return quoteField;
  }

  /** Whether the end of the input has been reached. */
  boolean atEof() {
    return eof;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
