// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders an HTML file to PNG with headless Chromium (Debian package {@code chromium}), for tests. */
final class ChromiumRender {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final int WIDTH = 1200;
  static final int HEIGHT = 1600;

  private ChromiumRender() {}

  static boolean available() {
    return Files.isExecutable(CHROMIUM);
  }

  /** Screenshots {@code html} into {@code png}; fails with Chromium's output when it does not finish in time. */
  static void screenshot(Path html, Path png) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("zwk-chromium-profile");
    Path log = Files.createTempFile("zwk-chromium", ".log");
    List<String> cmd = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
        "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, html.toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(log));
    }
    if (p.exitValue() != 0 || !Files.exists(png)) {
      throw new AssertionError("chromium exit " + p.exitValue() + ", png " + Files.exists(png) + ": "
          + Files.readString(log));
    }
  }
}
