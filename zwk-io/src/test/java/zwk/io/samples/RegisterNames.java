// SPDX-License-Identifier: Apache-2.0
package zwk.io.samples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Key → name from the official register (GV-ISys 31.12.2021, {@code gv/31122021_Auszug_GV.csv}
 * under {@code zwk.data.dir}), read with a plain split so that the check does not depend on the
 * reader under test: Kreise (Satzart 40, 5 digits), Gemeindeverbände (50, 9 digits), Gemeinden (60,
 * 8 digits). The file lost the leading zeros of the Land and Kreis fields.
 */
public final class RegisterNames {
  private RegisterNames() {}

  /** The register's names by key; fails the test when the shared data is missing. */
  public static Map<String, String> load() throws IOException {
    Path register = Path.of(System.getProperty("zwk.data.dir", "../../shared/data"), "gv", "31122021_Auszug_GV.csv");
    if (!Files.exists(register)) {
      fail("the municipality register is missing: " + register.toAbsolutePath()
          + " (set -Dzwk.data.dir to the shared data directory)");
    }
    return parse(Files.readAllLines(register, StandardCharsets.UTF_8));
  }

  static Map<String, String> parse(List<String> lines) {
    Map<String, String> names = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split(";", -1);
      if (f.length < 8 || !(f[0].equals("40") || f[0].equals("50") || f[0].equals("60"))) {
        continue;
      }
      String kreis = String.format("%02d%s%02d", Integer.parseInt(f[2].trim()), f[3].trim(), Integer.parseInt(f[4].trim()));
      String key;
      if (f[0].equals("40")) {
        key = kreis;
      } else if (f[0].equals("50")) {
        key = kreis + String.format("%04d", Integer.parseInt(f[5].trim()));
      } else {
        key = kreis + String.format("%03d", Integer.parseInt(f[6].trim()));
      }
      names.put(key, f[7]);
    }
    return names;
  }
}
