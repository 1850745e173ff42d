// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Usage errors (unknown option, missing file argument): the message and a hint, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  private final ZwkCommand root;

  UsageErrorHandler(ZwkCommand root) {
    this.root = root;
  }

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("zwk: " + ex.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println(root.messages().get("error.usageHint", cl.getCommandSpec().qualifiedName()));
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }
}
