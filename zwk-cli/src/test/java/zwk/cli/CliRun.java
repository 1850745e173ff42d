// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and captures exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(o, e, args);
    }
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A file of the shared official data; fails (never skips) when it is absent. */
  static Path data(String relative) {
    String dir = System.getProperty("zwk.data.dir");
    if (dir == null) {
      throw new AssertionError("system property zwk.data.dir is not set (surefire sets it to ../shared/data)");
    }
    Path p = Path.of(dir).resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new AssertionError("official data file missing: " + p + " (expected the shared data beside the repository)");
    }
    return p;
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }
}
