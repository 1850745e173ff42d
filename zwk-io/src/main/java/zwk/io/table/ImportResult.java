// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.List;
import zwk.model.diagnostic.Diagnostic;

/**
 * The outcome of a CSV import: the rows taken (in file order), every row rejected with line and
 * reason, and warnings as typed {@link Diagnostic}s (e.g. {@link TableDiagnostic#UNKNOWN_COLUMN}).
 *
 * @param <T> the row type
 */
public final class ImportResult<T> {
  private final List<T> rows;
  private final List<RowRejection> rejections;
  private final List<Diagnostic> warnings;

  /** A result. */
  public ImportResult(List<T> rows, List<RowRejection> rejections, List<Diagnostic> warnings) {
    this.rows = List.copyOf(rows);
    this.rejections = List.copyOf(rejections);
    this.warnings = List.copyOf(warnings);
  }

  /** The rows taken. */
  public List<T> rows() {
    return rows;
  }

  /** The rows rejected. */
  public List<RowRejection> rejections() {
    return rejections;
  }

  /** Warnings that did not reject a row. */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** Whether every row was taken. */
  public boolean isComplete() {
    return rejections.isEmpty();
  }
}
