// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code zwk} command: holds the streams and the language that every subcommand
 * uses. Without a subcommand it prints the usage. The subcommands are added by {@link Subcommands}
 * (only those a run needs: picocli's model of every command costs start-up time).
 */
@Command(name = "zwk",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = "Demografiestrategien für Kommunen: amtliche Statistik lesen, Kennzahlen berechnen, "
        + "Strategien prüfen, Kommunalprofile erstellen.%n"
        + "Demography strategies for municipalities: read official statistics, compute indicators, "
        + "validate strategies, build municipal profiles.",
    footer = {"", "Exit codes: 0 success, 1 validation errors found, 2 bad input or usage, 3 internal error, "
        + "4 output could not be written."})
public final class ZwkCommand implements Runnable {
  private final PrintStream out;
  private final PrintStream callerOut;
  private final PrintStream err;
  private Locale locale = Locale.GERMAN;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  ZwkCommand(PrintStream out, PrintStream err) {
    // Results and messages are UTF-8 whatever the platform's console encoding: the bytes pass
    // through the caller's streams unchanged.
    this.out = new PrintStream(out, true, StandardCharsets.UTF_8);
    this.callerOut = out;
    this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
  }

  /**
   * Builds the configured command line for one run.
   *
   * @param out results
   * @param err messages
   * @param args the arguments, pre-scanned for {@code --lang} so that even usage errors use it
   */
  static CommandLine commandLine(PrintStream out, PrintStream err, String... args) {
    return commandLine(out, err, Subcommands.needed(args == null ? new String[0] : args), args);
  }

  /**
   * Builds the command line with the given subcommands ({@link Subcommands#needed}; tests compare
   * it with {@link Subcommands#all}).
   */
  static CommandLine commandLine(PrintStream out, PrintStream err, java.util.List<Class<?>> subcommands,
      String... args) {
    ZwkCommand root = new ZwkCommand(out, err);
    root.locale = Lang.prescan(args);
    CommandLine cl = new CommandLine(root);
    // before the settings below: picocli applies them to the subcommands present at the call
    Subcommands.register(cl, subcommands);
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(root.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(root.err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpWidth(112);
    cl.setExecutionExceptionHandler(new ErrorHandler(root));
    cl.setParameterExceptionHandler(new UsageErrorHandler(root));
    return cl;
  }

  /** Language of messages and labels: {@code de} (default) or {@code en}. */
  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "de|en",
      description = "Sprache der Ausgabe / output language: de (default) or en.")
  void setLang(Lang lang) {
    this.locale = lang.locale();
  }

  /** Prints the usage (no subcommand given). */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The stream for results (stdout unless a command writes to {@code --out}). */
  PrintStream out() {
    return out;
  }

  /**
   * Standard output and the caller's stream underneath it: each {@link PrintStream} swallows write
   * errors into its own flag, so a failed write is detected by asking both.
   */
  java.util.List<PrintStream> outLayers() {
    return java.util.List.of(out, callerOut);
  }

  /** The stream for messages and progress (stderr). */
  PrintStream err() {
    return err;
  }

  /** The locale chosen with {@code --lang}. */
  Locale locale() {
    return locale;
  }

  /** The messages in the chosen language. */
  Messages messages() {
    return Messages.of(locale);
  }
}
