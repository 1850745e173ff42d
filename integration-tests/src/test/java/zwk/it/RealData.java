// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared real data ({@code zwk.data.dir}); a missing file fails the test, never skips it. */
final class RealData {
  private RealData() {}

  static Path file(String relative) {
    String dir = System.getProperty("zwk.data.dir");
    if (dir == null || dir.isBlank()) {
      fail("system property zwk.data.dir is not set (surefire sets it to ../../shared/data)");
    }
    Path p = Path.of(dir).resolve(relative);
    if (!Files.isRegularFile(p)) {
      fail("real data file missing: " + p.toAbsolutePath() + " (see shared/data/README.md)");
    }
    return p;
  }
}
