// SPDX-License-Identifier: Apache-2.0
package zwk.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Location of the real official data (system property {@code zwk.data.dir}, set by surefire). */
public final class TestData {
  private TestData() {}

  /** The file below the data directory; fails the test with a clear message when it is absent. */
  public static Path file(String relative) {
    String dir = System.getProperty("zwk.data.dir");
    if (dir == null) {
      fail("system property zwk.data.dir is not set: run the tests through Maven (surefire sets it)");
    }
    Path p = Path.of(dir).resolve(relative);
    if (!Files.isRegularFile(p)) {
      fail("real test data missing: " + p.toAbsolutePath() + " (expected the shared data of data/README.md)");
    }
    return p;
  }
}
