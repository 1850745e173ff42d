// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

/**
 * The result could not be written (standard output or the {@code --out} file); exit code
 * {@link ExitCodes#OUTPUT_FAILED}. The message names the destination and the reason.
 */
final class OutputFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputFailedException(String destination, String reason, Throwable cause) {
    super(destination + ": " + reason, cause);
  }
}
