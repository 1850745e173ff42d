// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The subcommands of {@code zwk}, registered only as far as a run needs them.
 *
 * <p>Why: picocli builds the model of every registered command by reflection (annotations, fields,
 * mixins, enum types, default instances) before it parses anything; for all thirteen commands that
 * is most of the start-up of a short run ({@code zwk --version} spent about 0.3 s of its 0.5 s
 * there, docs/performance.md, issue 10, "start-up, session 4"). A run that names its command
 * first ({@code zwk [--lang X] COMMAND …}, the usual case) gets only that command; {@code zwk
 * --version} gets none; everything else (no arguments, {@code --help}, {@code help COMMAND}, an
 * unknown or misspelt command, an argument file {@code @FILE}, any other option before the
 * command) gets all of them, so usage texts and suggestions are those of the full command line.
 * Parsing, help and errors of the chosen command are the same either way: picocli parses a
 * subcommand with its own model and the root's inherited {@code --lang} only.
 */
final class Subcommands {
  /** Name → command class, in the order of the usage text. */
  private static final Map<String, Class<?>> COMMANDS = commands();

  private Subcommands() {}

  private static Map<String, Class<?>> commands() {
    // The names as literals, not read from the annotations: reading them would parse all fourteen
    // @Command annotations at start-up, the cost this class avoids (SubcommandsTest checks that
    // each name is its command's).
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("demo", DemoCommand.class);
    m.put("register", RegisterCommand.class);
    m.put("population", PopulationCommand.class);
    m.put("indicators", IndicatorsCommand.class);
    m.put("validate", ValidateCommand.class);
    m.put("convert", ConvertCommand.class);
    m.put("profile", ProfileCommand.class);
    m.put("oparl", OParlCommand.class);
    m.put("project", ProjectCommand.class);
    m.put("peers", PeersCommand.class);
    m.put("types", TypesCommand.class);
    m.put("recommend", RecommendCommand.class);
    m.put("fetch", FetchCommand.class);
    m.put("help", CommandLine.HelpCommand.class);
    return m;
  }

  /** The name → command table (tests check it against the annotations). */
  static Map<String, Class<?>> table() {
    return COMMANDS;
  }

  /** Every subcommand, in usage order. */
  static List<Class<?>> all() {
    return List.copyOf(COMMANDS.values());
  }

  /** Adds {@code commands} to {@code root}, in their order. */
  static void register(CommandLine root, List<Class<?>> commands) {
    for (Class<?> c : commands) {
      root.addSubcommand(c);
    }
  }

  /**
   * The subcommands that a run with {@code args} needs: the one it names when only {@code --lang}
   * comes before it, none for a bare {@code --version}/{@code -V}, all otherwise.
   */
  static List<Class<?>> needed(String... args) {
    boolean version = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a == null) {
        break;
      }
      if ("--lang".equals(a)) {
        i++; // its value, whatever it is (picocli checks it)
      } else if (a.startsWith("--lang=")) {
        // the language, attached
      } else if ("--version".equals(a) || "-V".equals(a)) {
        version = true;
      } else if (!version && COMMANDS.containsKey(a) && !"help".equals(a)) {
        return List.of(COMMANDS.get(a));
      } else {
        return all();
      }
    }
    return version ? List.of() : all();
  }
}
