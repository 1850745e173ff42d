// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import zwk.model.diagnostic.ZwkException;

/**
 * Bad input found by a command itself (e.g. a key that is not in the file, an unknown file
 * extension); the message is already localized and located. Exit code 2.
 */
public final class CliInputException extends ZwkException {
  private static final long serialVersionUID = 1L;

  /** An error with a complete, located message. */
  public CliInputException(String message) {
    super(message);
  }
}
