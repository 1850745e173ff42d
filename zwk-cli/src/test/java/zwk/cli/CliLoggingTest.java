// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh {@code zwk} process ({@link Main#main}) keeps Hibernate Validator's version announcement
 * off stderr although JUL starts only when something logs ({@link CliLogging}); a JUL
 * configuration of the user's own still wins.
 */
class CliLoggingTest {

  /** Runs {@code java [jvmOptions] zwk.cli.Main args} on this test's class path; returns stderr. */
  private static String zwkProcess(Path dir, List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(jvmOptions);
    command.add("zwk.cli.Main");
    command.addAll(List.of(args));
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "zwk process did not end");
    assertEquals(0, p.exitValue(), () -> readString(err));
    return readString(err);
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void demoValidatesWithoutHibernatesVersionLine(@TempDir Path dir) throws Exception {
    // demo validates the sample strategy (Hibernate Validator): nothing of it may reach stderr
    String err = zwkProcess(dir, List.of(), "demo");
    assertFalse(err.contains("Hibernate Validator"), err);
    assertFalse(err.contains("HV000001"), err);
  }

  @Test
  void theUsersOwnJulConfigurationApplies(@TempDir Path dir) throws Exception {
    // control: the JDK's default configuration, named by the user, lets the INFO line through;
    // this shows the test above can fail, and that zwk leaves a user's configuration alone
    String defaults = Path.of(System.getProperty("java.home"), "conf", "logging.properties").toString();
    assertTrue(new File(defaults).isFile(), defaults);
    String err = zwkProcess(dir, List.of("-Djava.util.logging.config.file=" + defaults), "demo");
    assertTrue(err.contains("Hibernate Validator"), err);
  }

  @Test
  void inProcessRunsQuietTheLoggerAtOnce() {
    CliLogging.quietHibernateNow();
    assertEquals(java.util.logging.Level.WARNING, java.util.logging.Logger.getLogger("org.hibernate").getLevel());
  }
}
