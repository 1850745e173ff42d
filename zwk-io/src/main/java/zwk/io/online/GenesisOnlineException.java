// SPDX-License-Identifier: Apache-2.0
package zwk.io.online;

import java.util.OptionalInt;

/**
 * The GENESIS-Online web service did not deliver a table: it answered with an error status (e.g.
 * code 90, "table not found"), an HTTP error, nothing in time, or something that is not a table.
 * The message names the table, the service's status code and its own text; never the credentials.
 */
public class GenesisOnlineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final OptionalInt statusCode;

  /**
   * @param table the table code requested
   * @param statusCode the service's status code ({@code Status.Code}) or the HTTP status, when there is one
   * @param message what happened
   * @param cause the underlying exception, may be null
   */
  public GenesisOnlineException(String table, OptionalInt statusCode, String message, Throwable cause) {
    super(table + ": " + message, cause);
    this.table = table;
    this.statusCode = statusCode;
  }

  /** The table code requested. */
  public String table() {
    return table;
  }

  /** The service's status code or the HTTP status, when there is one. */
  public OptionalInt statusCode() {
    return statusCode;
  }
}
