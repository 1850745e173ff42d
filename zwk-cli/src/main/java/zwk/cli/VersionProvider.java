// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the project version, filtered into a resource at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

  /**
   * Whether {@code args} is exactly {@code --version} or {@code -V}: {@link Main} then prints
   * {@link #getVersion()} itself, without building picocli's model (about 0.2 s of CPU of a cold
   * start, docs/performance.md, issue 10, "start-up, session 4"); the text is the one picocli
   * prints (SubcommandsTest compares them). Any other argument list goes through picocli.
   */
  static boolean isBareVersionRequest(String... args) {
    return args != null && args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
  }

  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {
        "zwk " + p.getProperty("version", "unknown"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
