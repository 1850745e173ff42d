// SPDX-License-Identifier: Apache-2.0
package zwk.io.file;

import java.nio.file.Path;

/**
 * An output file that is one of the inputs (the same path, a symbolic link to it or a hard link):
 * writing it would destroy the input. Thrown before anything is written.
 */
public final class OutputConflictException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Path output;
  private final transient Path input;

  /**
   * A conflict between {@code output} and {@code input}.
   *
   * @param output the output as given
   * @param input the input as given
   */
  public OutputConflictException(Path output, Path input) {
    super(output + ": output is the input file " + input + " (same file); choose another output file");
    this.output = output;
    this.input = input;
  }

  /** The output as given. */
  public Path output() {
    return output;
  }

  /** The input it resolves to, as given. */
  public Path input() {
    return input;
  }
}
