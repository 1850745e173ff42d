// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The command line's java.util.logging set-up: Hibernate Validator (behind {@code validate},
 * {@code demo}, {@code profile} …) announces its version at INFO through JUL, and a command line
 * keeps stderr for its own messages, so {@code org.hibernate} logs at WARNING and above only.
 *
 * <p>Why not simply set the level in {@code Main}: that starts JUL's {@link LogManager} in every
 * run, 40–80 ms of a cold start on the 2-core machine, for commands such as {@code indicators}
 * that never touch Hibernate (docs/performance.md, issue 10, "start-up, session 4"). A process
 * started by {@link Main#main} instead names this class as {@code java.util.logging.config.class},
 * which JUL instantiates only when something first logs; its constructor reads the JDK's default
 * configuration plus the one line for {@code org.hibernate}. In-process callers of
 * {@link Main#run} (tests, a host application) get the level set directly, JUL being started there
 * anyway.
 */
public final class CliLogging {
  private static final String CONFIG_CLASS = "java.util.logging.config.class";
  private static final String CONFIG_FILE = "java.util.logging.config.file";
  private static final String QUIET = "\norg.hibernate.level = WARNING\n";

  /** A strong reference: JUL holds loggers weakly, and a collected logger would forget its level. */
  private static volatile Logger hibernate;

  /**
   * Called by {@link LogManager} (through {@code java.util.logging.config.class}) when JUL starts:
   * reads the JDK's default configuration ({@code $JAVA_HOME/conf/logging.properties}) with
   * {@code org.hibernate.level = WARNING} added.
   *
   * @throws IOException when the configuration cannot be read (JUL then reports it)
   */
  public CliLogging() throws IOException {
    ByteArrayOutputStream config = new ByteArrayOutputStream();
    Path defaults = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
    if (Files.isRegularFile(defaults)) {
      config.write(Files.readAllBytes(defaults));
    } else {
      // the JDK's defaults, for a runtime image without the file
      config.write(("handlers = java.util.logging.ConsoleHandler\n.level = INFO\n"
          + "java.util.logging.ConsoleHandler.level = INFO\n"
          + "java.util.logging.ConsoleHandler.formatter = java.util.logging.SimpleFormatter\n")
          .getBytes(StandardCharsets.ISO_8859_1));
    }
    config.write(QUIET.getBytes(StandardCharsets.ISO_8859_1));
    try (InputStream in = new ByteArrayInputStream(config.toByteArray())) {
      LogManager.getLogManager().readConfiguration(in);
    }
  }

  /**
   * For a fresh process ({@link Main#main}): defers the set-up until JUL starts, unless the user
   * configured JUL (either property set), whose configuration then applies unchanged.
   */
  static void deferToFirstUse() {
    if (System.getProperty(CONFIG_CLASS) == null && System.getProperty(CONFIG_FILE) == null) {
      System.setProperty(CONFIG_CLASS, CliLogging.class.getName());
    }
  }

  /** For in-process runs ({@link Main#run}): sets the level now, as before JUL was deferred. */
  static void quietHibernateNow() {
    if (hibernate == null) {
      Logger l = Logger.getLogger("org.hibernate");
      l.setLevel(Level.WARNING);
      hibernate = l;
    }
  }
}
