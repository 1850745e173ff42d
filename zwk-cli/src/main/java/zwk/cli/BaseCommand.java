// SPDX-License-Identifier: Apache-2.0
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

  /**
   * Opens where the result goes: {@code out} or, when empty, standard output. The one way a command
   * writes its result (see {@link CommandOutput}): every {@link java.nio.file.Path} argument of the
   * command other than {@code out} itself counts as an input, so an output that is an input is
   * refused without each command having to list its inputs.
   */
  CommandOutput openOutput(java.util.Optional<java.nio.file.Path> out) {
    return CommandOutput.open(out, root.outLayers(), inputs(out));
  }

  /**
   * Refuses {@code out} when it is one of the command's inputs, before anything is read (the check
   * {@link #openOutput} makes anyway, made early).
   *
   * @throws zwk.io.file.OutputConflictException naming both files
   */
  void requireOutputNotInput(java.nio.file.Path out) {
    zwk.io.file.SafeFiles.requireDistinct(out, inputs(java.util.Optional.of(out)));
  }

  private java.util.List<java.nio.file.Path> inputs(java.util.Optional<java.nio.file.Path> out) {
    java.util.List<java.nio.file.Path> inputs = new java.util.ArrayList<>();
    for (CommandLine.Model.ArgSpec arg : spec.args()) {
      Object v = arg.getValue();
      if (out.isPresent() && v == out.get()) {
        continue;
      }
      if (v instanceof java.nio.file.Path) {
        inputs.add((java.nio.file.Path) v);
      } else if (v instanceof java.util.Collection) {
        for (Object o : (java.util.Collection<?>) v) {
          if (o instanceof java.nio.file.Path) {
            inputs.add((java.nio.file.Path) o);
          }
        }
      } else if (v instanceof java.nio.file.Path[]) {
        inputs.addAll(java.util.Arrays.asList((java.nio.file.Path[]) v));
      }
    }
    return inputs;
  }

  /** Opens the {@code --out} file or standard output (see {@link #openOutput(java.util.Optional)}). */
  CommandOutput openOutput(OutputOption option) {
    return openOutput(option.file());
  }

  /**
   * Writes {@code rendering} to the {@code --out} file or standard output through
   * {@link CommandOutput}, committed when the rendering returns (atomic; exit 4 when it fails).
   *
   * @return {@link ExitCodes#OK}
   */
  int write(OutputOption option, ReportFormatOption.Rendering rendering) throws java.io.IOException {
    try (CommandOutput o = openOutput(option)) {
      rendering.write(o.stream());
      o.commit();
    }
    return ExitCodes.OK;
  }

  /**
   * Reads a GENESIS population export (with progress on standard error) and prints the reader's
   * warnings (e.g. a broken encoding) as {@code zwk: FILE: warning}, in the language of
   * {@code --lang}: the input block of every command that reads a population.
   */
  PopulationInput readPopulation(java.nio.file.Path file, ImportOptions options) {
    PopulationInput input;
    try (Progress p = progress("progress.reading", file)) {
      input = PopulationInput.read(file, options);
    }
    input.warnings(locale()).forEach(w -> stderr().println("zwk: " + file + ": " + w));
    return input;
  }

  /** Starts progress reporting for a task (printed only if it takes longer than a second). */
  Progress progress(String key, Object... args) {
    return Progress.start(stderr(), msg().get(key, args));
  }
}
