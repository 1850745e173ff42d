// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

/** The input is not well-formed JSON: empty input, a syntax error, invalid UTF-8, a duplicate key or tokens after the document. */
public class JsonSyntaxException extends ZwkFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ZwkFormatException#ZwkFormatException(String, int, int,
   * String, String, String, Throwable)}.
   */
  public JsonSyntaxException(String sourceName, int line, int column, String pointer, String expected, String found,
      Throwable cause) {
    super(sourceName, line, column, pointer, expected, found, cause);
  }
}
