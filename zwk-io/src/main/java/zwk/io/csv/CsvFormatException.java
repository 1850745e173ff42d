// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import zwk.model.diagnostic.ZwkException;

/**
 * Malformed input that stops reading (<em>fehlerhafte CSV-Datei</em>), located by source, line and
 * column (both 1-based; 0 when unknown) and typed by {@link Kind}. The message echoes at most 64
 * characters of the offending input.
 */
public class CsvFormatException extends ZwkException {
  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Kind {
    /** A quoted field is not closed before the end of the input. */
    UNCLOSED_QUOTE,
    /** A row has more or fewer fields than the header. */
    RAGGED_ROW,
    /** The bytes are not valid in the detected or declared encoding. */
    INVALID_ENCODING,
    /** A field (or the whole input) is larger than the configured maximum. */
    FIELD_TOO_LARGE,
    /** The header is missing or lacks a required column. */
    BAD_HEADER,
    /** The structure of the file is not the one the reader expects (e.g. no data block). */
    BAD_STRUCTURE,
    /** A cell holds a value the column cannot take. */
    BAD_VALUE,
    /** Reading the underlying stream failed. */
    IO
  }

  private final Kind kind;
  private final String source;
  private final long line;
  private final int column;

  /**
   * A located error.
   *
   * @param kind what is wrong
   * @param source file or stream name
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column (field index for CSV, character for fixed width), 0 when unknown
   * @param detail what was expected and what was found (input already clipped by the caller via {@link #clip})
   * @param cause the underlying exception, may be null
   */
  public CsvFormatException(Kind kind, String source, long line, int column, String detail, Throwable cause) {
    super(source + ":" + line + ":" + column + ": " + kind + ": " + detail, cause);
    this.kind = kind;
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** A located error without cause. */
  public CsvFormatException(Kind kind, String source, long line, int column, String detail) {
    this(kind, source, line, column, detail, null);
  }

  /** What is wrong. */
  public Kind kind() {
    return kind;
  }

  /** File or stream name. */
  public String source() {
    return source;
  }

  /** 1-based line, 0 when unknown. */
  public long line() {
    return line;
  }

  /** 1-based column, 0 when unknown. */
  public int column() {
    return column;
  }

  /** Echo of user input for messages: at most 64 characters, control characters made visible. */
  public static String clip(String s) {
    if (s == null) {
      return "null";
    }
    String t = s.length() <= 64 ? s : s.substring(0, 61) + "...";
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (Character.isISOControl(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
