// SPDX-License-Identifier: Apache-2.0
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
  private int quoteChar;
  private boolean eof;
  private boolean afterClosingQuote;
  /**
   * Per line (bounded to the most recent lines, the engine reads ahead by at most one buffer): where
   * the quoted field opened that was still open at the end of the line, or where a closing quote was
   * followed by something other than a separator. The engine names only the line where the failing
   * record starts; this says which field and character.
   */
  private final java.util.LinkedHashMap<Long, int[]> quoteTrouble = new java.util.LinkedHashMap<>() {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<Long, int[]> eldest) {
      return size() > 100_000;
    }
  };

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
    if (afterClosingQuote && c != '"' && c != separator && c != '\n' && c != '\r') {
      quoteTrouble.putIfAbsent(line, new int[] {field, columnChars + 1});
    }
    afterClosingQuote = false;
    if (c == '"') {
      // "" inside quotes is an escaped quote: toggling twice leaves the state unchanged.
      if (!inQuote && lastWasQuote) {
        inQuote = true;
      } else if (inQuote) {
        inQuote = false;
        afterClosingQuote = true;
      } else if (columnChars == 0 || lastWasSeparatorOrStart()) {
        inQuote = true;
        quoteLine = line;
        quoteField = field;
        quoteChar = columnChars + 1;
      }
      lastWasQuote = true;
    } else {
      lastWasQuote = false;
      if (!inQuote && c == separator) {
        field++;
      }
    }
    if (c == '\n' || c == '\r') {
      if (inQuote && quoteLine == line) {
        quoteTrouble.putIfAbsent(line, new int[] {quoteField, quoteChar});
      }
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

  /** 1-based character column where the open quoted field began. */
  int quoteChar() {
    return quoteChar;
  }

  /**
   * On {@code line}: {field, character} of a quoted field still open at the line end, or of the
   * first character after a closing quote that is not a separator; null when neither (or forgotten).
   */
  int[] quoteTrouble(long line) {
    return quoteTrouble.get(line);
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
