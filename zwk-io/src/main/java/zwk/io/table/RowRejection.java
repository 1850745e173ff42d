// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.Objects;

/**
 * A CSV row an import could not take: line (1-based), column (1-based field index, 0 for the whole
 * row), the column name, the reason and the offending input cut to 64 characters.
 */
public final class RowRejection {
  private final long line;
  private final int column;
  private final String columnName;
  private final String reason;

  /** A rejection; the reason must already have user input clipped. */
  public RowRejection(long line, int column, String columnName, String reason) {
    this.line = line;
    this.column = column;
    this.columnName = Objects.requireNonNull(columnName, "columnName");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** 1-based line where the row starts. */
  public long line() {
    return line;
  }

  /** 1-based column, 0 for the row as a whole. */
  public int column() {
    return column;
  }

  /** Name of the column as in the header, empty for the row as a whole. */
  public String columnName() {
    return columnName;
  }

  /** What was expected and what was found. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RowRejection)) {
      return false;
    }
    RowRejection r = (RowRejection) o;
    return r.line == line && r.column == column && r.columnName.equals(columnName) && r.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, columnName, reason);
  }

  /** {@code line 7, column 3 (name): reason}. */
  @Override
  public String toString() {
    return "line " + line + (column > 0 ? ", column " + column + " (" + columnName + ")" : "") + ": " + reason;
  }
}
