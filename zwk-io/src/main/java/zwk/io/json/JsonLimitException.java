// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

/** The input exceeds one of the {@link JsonLimits}; {@link #limit()} says which. */
public class JsonLimitException extends ZwkFormatException {
  private static final long serialVersionUID = 1L;

  /** The limits of {@link JsonLimits}. */
  public enum Limit {
    /** Nesting depth of arrays and objects. */
    NESTING_DEPTH,
    /** Size of a document in bytes (or characters for text sources). */
    DOCUMENT_LENGTH,
    /** Length of a string value in characters. */
    STRING_LENGTH,
    /** Length of a number in characters. */
    NUMBER_LENGTH,
    /** Length of a property name. */
    NAME_LENGTH,
    /** Significant digits of a number ({@link JsonLimits#maxNumberPrecision()}). */
    NUMBER_PRECISION,
    /** Exponent of a number ({@link JsonLimits#maxNumberExponent()}). */
    NUMBER_EXPONENT,
    /** Another limit of the underlying parser. */
    OTHER
  }

  private final Limit limit;

  /**
   * Creates the exception; see {@link ZwkFormatException#ZwkFormatException(String, int, int,
   * String, String, String, Throwable)}.
   *
   * @param limit the limit that was exceeded
   */
  public JsonLimitException(Limit limit, String sourceName, int line, int column, String pointer,
      String expected, String found, Throwable cause) {
    super(sourceName, line, column, pointer, expected, found, cause);
    this.limit = limit;
  }

  /** The limit that was exceeded. */
  public Limit limit() {
    return limit;
  }
}
