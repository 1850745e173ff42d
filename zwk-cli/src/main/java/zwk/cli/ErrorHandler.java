// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Maps exceptions that escape a command to exit codes: located input errors (see
 * {@link InputErrors}) to 2 with one line on stderr, a failed write of the result
 * ({@link OutputFailedException}) to 4, anything else to 3 with the stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private final ZwkCommand root;

  ErrorHandler(ZwkCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    Messages m = root.messages();
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof OutputFailedException) {
        err.println("zwk: " + m.get("error.output", t.getMessage()));
        err.flush();
        return ExitCodes.OUTPUT_FAILED;
      }
    }
    Optional<String> located = InputErrors.describe(ex);
    if (located.isPresent()) {
      err.println("zwk: " + m.get("error.input", located.get()));
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    err.println("zwk: " + m.get("error.internal", String.valueOf(ex)));
    ex.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }
}
