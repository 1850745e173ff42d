// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import zwk.model.diagnostic.ZwkException;

/**
 * A JSON document could not be read: it is not well-formed, exceeds a {@link JsonLimits limit},
 * has an unknown property (strict mode), a value of the wrong type, a missing required property, a
 * value that breaks a model invariant, or an unsupported format or version.
 *
 * <p>Every instance says where (source name, line, column, JSON pointer), what was expected and
 * what was found; the echo of the input is cut to at most 64 characters. Line and column are
 * 1-based; they are 0 when unknown (e.g. after a version migration, where the document was
 * rebuilt in memory).
 */
public class ZwkFormatException extends ZwkException {
  private static final long serialVersionUID = 1L;

  /** Longest echo of user input in a message. */
  static final int MAX_ECHO = 64;

  private final String sourceName;
  private final int line;
  private final int column;
  private final String pointer;
  private final String expected;
  private final String found;

  /**
   * Creates the exception.
   *
   * @param sourceName name of the source (file name, {@code "<string>"} …)
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param pointer JSON pointer (RFC 6901) of the offending value, {@code ""} for the root
   * @param expected what was expected
   * @param found what was found (cut to 64 characters here)
   * @param cause the underlying exception, may be null
   */
  public ZwkFormatException(String sourceName, int line, int column, String pointer, String expected,
      String found, Throwable cause) {
    super(format(sourceName, line, column, pointer, expected, clip(found)), cause);
    this.sourceName = sourceName;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.expected = expected;
    this.found = clip(found);
  }

  private static String format(String source, int line, int column, String pointer, String expected, String found) {
    return source + ":" + line + ":" + column + ": at '" + pointer + "': expected " + expected + ", found " + found;
  }

  /** Cuts an echo of input to at most {@value #MAX_ECHO} characters (never splits a surrogate pair). */
  static String clip(String s) {
    if (s == null) {
      return "nothing";
    }
    if (s.length() <= MAX_ECHO) {
      return s;
    }
    int end = MAX_ECHO - 3;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "...";
  }

  /** Name of the source: the file name, or {@code "<string>"}, {@code "<bytes>"}, {@code "<stream>"}, {@code "<reader>"}. */
  public String sourceName() {
    return sourceName;
  }

  /** 1-based line, 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, 0 when unknown. */
  public int column() {
    return column;
  }

  /** JSON pointer (RFC 6901) of the offending value or property, e.g. {@code /plan/measures/3/leadDepartmentId}. */
  public String pointer() {
    return pointer;
  }

  /** What the reader expected. */
  public String expected() {
    return expected;
  }

  /** What it found, cut to at most 64 characters. */
  public String found() {
    return found;
  }
}
