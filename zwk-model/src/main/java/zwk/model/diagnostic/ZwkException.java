// SPDX-License-Identifier: Apache-2.0
package zwk.model.diagnostic;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception zwk throws on purpose (<em>Fehler beim Lesen oder Rechnen</em>):
 * unchecked, so that a caller can catch one type for "zwk refused this input" and still let real
 * bugs ({@link NullPointerException}, {@link IllegalStateException}) through.
 *
 * <p>Beneath it: the located JSON errors ({@code zwk.io.json.ZwkFormatException} and its
 * subclasses), the CSV errors ({@code zwk.io.csv.CsvFormatException},
 * {@code zwk.io.table.CsvImportException}) and the statistics errors (GENESIS and register files
 * are CSV and report through {@code CsvFormatException}). Invariant violations of the model stay
 * {@link IllegalArgumentException}s, as the JDK's value types do.
 */
public class ZwkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message the message (already rendered; user input inside it is clipped by the caller)
   */
  public ZwkException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message the message
   * @param cause the underlying exception, may be {@code null}
   */
  public ZwkException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * An exception that may skip its stack trace, for control flow inside a reader (e.g. a rejected
   * row that becomes a report entry, thrown once per bad row).
   *
   * @param message the message
   * @param cause the underlying exception, may be {@code null}
   * @param enableSuppression whether suppression is enabled
   * @param writableStackTrace whether the stack trace is filled in
   */
  protected ZwkException(String message, @Nullable Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
    super(message, cause, enableSuppression, writableStackTrace);
  }
}
