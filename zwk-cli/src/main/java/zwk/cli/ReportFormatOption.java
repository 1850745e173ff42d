// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.IOException;
import java.io.OutputStream;
import picocli.CommandLine.Option;

/**
 * The {@code --format text|csv|json} of the commands that report on one region ({@code peers},
 * {@code recommend}), and the one way their output is written: the chosen rendering into a
 * {@link CommandOutput}, committed when it is complete.
 */
final class ReportFormatOption {
  /** Output formats. */
  enum Format { TEXT, CSV, JSON }

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|csv|json",
      description = "Ausgabe / output: text (default), csv or json.")
  Format format;

  /** One rendering of the result. */
  @FunctionalInterface
  interface Rendering {
    void write(OutputStream os) throws IOException;
  }

  /**
   * Writes {@code csv}, {@code json} or {@code text} (by {@code --format}) to the command's output
   * ({@link BaseCommand#write}).
   *
   * @return {@link ExitCodes#OK}
   */
  int write(BaseCommand command, OutputOption output, Rendering csv, Rendering json, Rendering text) throws IOException {
    return command.write(output, switch (format) {
      case CSV -> csv;
      case JSON -> json;
      case TEXT -> text;
    });
  }
}
