// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.PrintStream;

/**
 * Entry point of the {@code zwk} command line ({@code java -jar zwk-cli/target/zwk-cli.jar}).
 *
 * <p>All logic runs in {@link #run(PrintStream, PrintStream, String...)}, which returns the exit code
 * instead of ending the JVM, so that tests can run every command in-process.
 */
public final class Main {
  private Main() {}

  /** Runs the command line and ends the JVM with its exit code. */
  public static void main(String[] args) {
    // JUL (and with it the quiet Hibernate logger) starts only if something logs (CliLogging)
    CliLogging.deferToFirstUse();
    int code = execute(System.out, System.err, args);
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line in-process.
   *
   * @param out where results go (unless {@code --out FILE}); written as UTF-8
   * @param err where messages, progress and usage errors go; written as UTF-8
   * @param args the arguments, e.g. {@code "indicators", "kreise.csv", "--precision", "2"}
   * @return the exit code: {@link ExitCodes#OK}, {@link ExitCodes#FINDINGS}, {@link ExitCodes#BAD_INPUT} or
   *     {@link ExitCodes#OUTPUT_FAILED}
   *     (see {@link ExitCodes})
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CliLogging.quietHibernateNow();
    return execute(out, err, args);
  }

  private static int execute(PrintStream out, PrintStream err, String... args) {
    if (VersionProvider.isBareVersionRequest(args)) {
      return printVersion(out, err);
    }
    return ZwkCommand.commandLine(out, err, args).execute(args);
  }

  /** {@code zwk --version} without picocli: the same lines, UTF-8, as picocli would print them. */
  private static int printVersion(PrintStream out, PrintStream err) {
    PrintStream o = new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
    try {
      for (String line : new VersionProvider().getVersion()) {
        o.println(line);
      }
    } catch (java.io.IOException e) {
      err.println("zwk: " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    }
    o.flush();
    return ExitCodes.OK;
  }
}
