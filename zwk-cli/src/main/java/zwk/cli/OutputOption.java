// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --out FILE} option: results go to that file instead of stdout. Open it with
 * {@link BaseCommand#openOutput(OutputOption)}, which refuses an output that is an input and writes
 * the file atomically (see {@link CommandOutput}).
 */
public final class OutputOption {

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Ergebnis in diese Datei statt auf stdout / write the result to FILE instead of stdout "
          + "(never one of the inputs; replaced only when the command succeeds).")
  Path out;

  /** The file given with {@code --out}, if any. */
  public Optional<Path> file() {
    return Optional.ofNullable(out);
  }
}
