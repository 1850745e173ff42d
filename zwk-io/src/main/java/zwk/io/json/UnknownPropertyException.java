// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

/** A property that the document type does not define, in strict mode (the default); {@link #pointer()} names it. */
public class UnknownPropertyException extends ZwkFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ZwkFormatException#ZwkFormatException(String, int, int,
   * String, String, String, Throwable)}.
   */
  public UnknownPropertyException(String sourceName, int line, int column, String pointer, String expected, String found,
      Throwable cause) {
    super(sourceName, line, column, pointer, expected, found, cause);
  }
}
