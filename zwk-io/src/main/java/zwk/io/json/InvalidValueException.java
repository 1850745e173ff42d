// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

/** A value of the wrong type, {@code null}, a missing required property, or a value that breaks a model invariant (e.g. an AGS with letters); {@link #pointer()} names the value. */
public class InvalidValueException extends ZwkFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ZwkFormatException#ZwkFormatException(String, int, int,
   * String, String, String, Throwable)}.
   */
  public InvalidValueException(String sourceName, int line, int column, String pointer, String expected, String found,
      Throwable cause) {
    super(sourceName, line, column, pointer, expected, found, cause);
  }
}
