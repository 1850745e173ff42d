// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import zwk.io.file.AtomicFileOutput;
import zwk.io.file.SafeFiles;

/**
 * Where a command's result goes: the {@code --out} file or standard output. The only way a command
 * writes its result (see {@link BaseCommand#openOutput}), so that every command keeps the three
 * promises of docs/cli.md:
 *
 * <ul>
 *   <li>an output that is one of the command's input files (same path, symbolic or hard link) is
 *       refused before anything is written (exit 2);
 *   <li>a file is written to a temporary file beside it and moved into place by {@link #commit()};
 *       a command that fails before its commit leaves the old file as it was and no partial file;
 *   <li>a failed write (standard output full or closed, disk full) ends the command with exit
 *       code 4 and a message, never with 0.
 * </ul>
 *
 * <pre>{@code
 * try (CommandOutput out = openOutput(output.file())) {
 *   write(out.stream());
 *   out.commit();
 * }
 * }</pre>
 */
final class CommandOutput implements AutoCloseable {
  private final Optional<AtomicFileOutput> file;
  private final PrintStream[] stdout;
  private final OutputStream stream;
  private final String destination;

  private CommandOutput(Optional<AtomicFileOutput> file, PrintStream[] stdout, OutputStream stream,
      String destination) {
    this.file = file;
    this.stdout = stdout;
    this.stream = stream;
    this.destination = destination;
  }

  /**
   * Opens the destination.
   *
   * @param out the {@code --out} file, empty for standard output
   * @param stdout standard output as the command sees it, then the streams underneath it (a
   *     {@link PrintStream} swallows write errors, each keeps its own error flag)
   * @param inputs every file the command reads
   * @throws zwk.io.file.OutputConflictException when {@code out} is one of {@code inputs}
   * @throws OutputFailedException when the file cannot be created
   */
  static CommandOutput open(Optional<Path> out, List<PrintStream> stdout, Collection<Path> inputs) {
    if (out.isPresent()) {
      SafeFiles.requireDistinct(out.get(), inputs);
      try {
        AtomicFileOutput f = AtomicFileOutput.open(out.get());
        String name = out.get().toString();
        return new CommandOutput(Optional.of(f), new PrintStream[0], failingLoudly(f.stream(), name), name);
      } catch (IOException e) {
        throw new OutputFailedException(out.get().toString(), String.valueOf(e.getMessage()), e);
      }
    }
    PrintStream first = stdout.get(0);
    OutputStream shield = new FilterOutputStream(first) {
      @Override
      public void write(byte[] b, int off, int len) {
        first.write(b, off, len);
      }

      @Override
      public void close() {
        first.flush(); // standard output stays open
      }
    };
    return new CommandOutput(Optional.empty(), stdout.toArray(new PrintStream[0]), shield, "stdout");
  }

  /**
   * A write error on the file is an {@link OutputFailedException} (exit 4), not an I/O error that
   * the error handler would take for unreadable input.
   */
  private static OutputStream failingLoudly(OutputStream file, String name) {
    return new FilterOutputStream(file) {
      @Override
      public void write(int b) {
        try {
          out.write(b);
        } catch (IOException e) {
          throw new OutputFailedException(name, String.valueOf(e.getMessage()), e);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          throw new OutputFailedException(name, String.valueOf(e.getMessage()), e);
        }
      }

      @Override
      public void flush() {
        try {
          out.flush();
        } catch (IOException e) {
          throw new OutputFailedException(name, String.valueOf(e.getMessage()), e);
        }
      }

      @Override
      public void close() {
        flush(); // the transaction ends with commit() or close() of CommandOutput
      }
    };
  }

  /** The result goes here; closing it only flushes. */
  OutputStream stream() {
    return stream;
  }

  /**
   * The result is complete: moves the file into place, or checks that standard output took every
   * byte.
   *
   * @throws OutputFailedException when it did not
   */
  void commit() {
    try {
      stream.flush();
      if (file.isPresent()) {
        file.get().commit();
        return;
      }
    } catch (IOException e) {
      throw new OutputFailedException(destination, String.valueOf(e.getMessage()), e);
    }
    for (PrintStream s : stdout) {
      if (s.checkError()) {
        throw new OutputFailedException(destination, "write failed (closed pipe or device full)", null);
      }
    }
  }

  /** Without {@link #commit()}: deletes the temporary file; the old file is unchanged. */
  @Override
  public void close() {
    if (file.isPresent()) {
      try {
        file.get().close();
      } catch (IOException e) {
        throw new OutputFailedException(destination, String.valueOf(e.getMessage()), e);
      }
    }
  }
}
