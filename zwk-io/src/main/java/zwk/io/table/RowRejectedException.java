// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import zwk.model.diagnostic.ZwkException;

/** Thrown by a row mapper for a cell it cannot take; becomes a {@link RowRejection}. */
public final class RowRejectedException extends ZwkException {
  private static final long serialVersionUID = 1L;

  private final int column;
  private final String columnName;

  /** A rejection of a cell (column 1-based, 0 for the whole row). */
  public RowRejectedException(int column, String columnName, String reason) {
    super(reason, null, false, false);
    this.column = column;
    this.columnName = columnName;
  }

  /** 1-based column, 0 for the row. */
  public int column() {
    return column;
  }

  /** Column name. */
  public String columnName() {
    return columnName;
  }
}
