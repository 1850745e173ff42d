package zwk.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ParentCommand;

/** Common plumbing of the subcommands: streams, language, messages. */
abstract class BaseCommand implements Callable<Integer> {

  @ParentCommand
  ZwkCommand root;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** stdout. */
  PrintStream stdout() {
    return root.out();
  }

  /** stderr. */
  PrintStream stderr() {
    return root.err();
  }

  /** The chosen locale. */
  Locale locale() {
    return root.locale();
  }

  /** The messages in the chosen language. */
  Messages msg() {
    return root.messages();
  }

  /** Starts progress reporting for a task (printed only if it takes longer than a second). */
  Progress progress(String key, Object... args) {
    return Progress.start(stderr(), msg().get(key, args));
  }
}
