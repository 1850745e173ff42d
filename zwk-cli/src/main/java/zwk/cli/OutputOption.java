package zwk.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --out FILE} option: results go to that file instead of stdout. */
public final class OutputOption {

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Ergebnis in diese Datei statt auf stdout / write the result to FILE instead of stdout.")
  Path out;

  /** The file given with {@code --out}, if any. */
  public Optional<Path> file() {
    return Optional.ofNullable(out);
  }

  /**
   * Opens the destination: the file (created or replaced) or {@code stdout}, which closing leaves
   * open.
   */
  OutputStream open(PrintStream stdout) throws IOException {
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.newOutputStream(out);
    }
    return new FilterOutputStream(stdout) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
