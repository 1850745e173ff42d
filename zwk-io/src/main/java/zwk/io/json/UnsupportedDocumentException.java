// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

/** The document's {@code format} is not the one asked for, or its {@code version} is missing, invalid or newer than this zwk supports. */
public class UnsupportedDocumentException extends ZwkFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ZwkFormatException#ZwkFormatException(String, int, int,
   * String, String, String, Throwable)}.
   */
  public UnsupportedDocumentException(String sourceName, int line, int column, String pointer, String expected, String found,
      Throwable cause) {
    super(sourceName, line, column, pointer, expected, found, cause);
  }
}
