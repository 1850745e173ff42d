// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.Objects;

/**
 * Something a lenient reader skipped instead of failing: an unknown property or a {@code null} for
 * an optional property. Located like a {@link ZwkFormatException}.
 */
public final class JsonWarning {
  private final String sourceName;
  private final int line;
  private final int column;
  private final String pointer;
  private final String message;

  /**
   * Creates a warning.
   *
   * @param sourceName name of the source
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param pointer JSON pointer of the skipped property
   * @param message what was skipped and why
   */
  public JsonWarning(String sourceName, int line, int column, String pointer, String message) {
    this.sourceName = sourceName;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.message = message;
  }

  /** Name of the source. */
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

  /** JSON pointer of the skipped property, e.g. {@code /plan/measures/0/colour}. */
  public String pointer() {
    return pointer;
  }

  /** What was skipped and why. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonWarning)) {
      return false;
    }
    JsonWarning w = (JsonWarning) o;
    return line == w.line && column == w.column && sourceName.equals(w.sourceName)
        && pointer.equals(w.pointer) && message.equals(w.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceName, line, column, pointer, message);
  }

  @Override
  public String toString() {
    return sourceName + ":" + line + ":" + column + ": at '" + pointer + "': " + message;
  }
}
