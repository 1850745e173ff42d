// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a table written by {@link ParquetTableWriter}.
 *
 * @param name the column name (letters, digits and {@code _}, starting with a letter)
 * @param type the Parquet type
 * @param nullable whether a row may leave the value empty ({@code null} in the reader)
 */
public record ParquetColumn(String name, ColumnType type, boolean nullable) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** Checks the name. */
  public ParquetColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("name: expected letters, digits and _ starting with a letter, got '"
          + (name.length() > 64 ? name.substring(0, 64) + "…" : name) + "'");
    }
  }

  /** A column that every row fills. */
  public static ParquetColumn required(String name, ColumnType type) {
    return new ParquetColumn(name, type, false);
  }

  /** A column that a row may leave empty. */
  public static ParquetColumn optional(String name, ColumnType type) {
    return new ParquetColumn(name, type, true);
  }
}
