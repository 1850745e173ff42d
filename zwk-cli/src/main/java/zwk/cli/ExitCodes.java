// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

/** The exit codes of the {@code zwk} command line (a documented contract, see docs/cli.md). */
public final class ExitCodes {
  private ExitCodes() {}

  /** 0: the command ran and found nothing wrong. */
  public static final int OK = 0;

  /** 1: the command ran and found errors (validation findings of severity ERROR). */
  public static final int FINDINGS = 1;

  /** 2: bad input or usage: unreadable or malformed file, unknown option, missing argument. */
  public static final int BAD_INPUT = 2;

  /** 3: an internal error (a bug in zwk); the stack trace goes to stderr. */
  public static final int INTERNAL_ERROR = 3;

  /**
   * 4: the result could not be written: standard output failed ({@code > /dev/full}, a closed
   * pipe) or the {@code --out} file could not be written (disk full, no permission). An existing
   * {@code --out} file is then unchanged; on standard output part of the result may have been
   * written before the failure.
   */
  public static final int OUTPUT_FAILED = 4;

  /**
   * 5: a web service did not deliver ({@code zwk fetch}: an error status of GENESIS-Online such as
   * "table not found", refused credentials, no answer in time, busy after every retry).
   */
  public static final int SERVICE_FAILED = 5;
}
