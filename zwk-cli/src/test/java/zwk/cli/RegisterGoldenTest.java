// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code zwk register} on both real register files, byte for byte against golden files recorded
 * before the register reader was reworked (issue 11): the rework must not change any output the
 * issue does not ask to change. The golden files are gzip-compressed (they are several MB each).
 */
class RegisterGoldenTest {

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
      "31122021_Auszug_GV.csv, text, de",
      "31122021_Auszug_GV.csv, text, en",
      "31122021_Auszug_GV.csv, csv, de",
      "31122021_Auszug_GV.csv, json, de",
      "GV100AD_301121.ASC, text, de",
      "GV100AD_301121.ASC, text, en",
      "GV100AD_301121.ASC, csv, de",
      "GV100AD_301121.ASC, json, de"})
  void outputIsByteIdenticalToTheGoldenFile(String file, String format, String lang) throws IOException {
    CliRun r = CliRun.of("register", CliRun.data("gv/" + file).toString(), "--format", format, "--lang", lang);
    assertEquals(0, r.code(), r.err());
    String golden = file + "." + (lang.equals("en") ? "en." : "") + format + ".gz";
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/golden/register/" + golden)) {
      assertNotNull(in, "golden file missing: " + golden);
      expected = new String(new GZIPInputStream(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // a plain assertEquals on MB-sized strings prints them whole; locate the first difference instead
    if (!expected.equals(r.out())) {
      int i = 0;
      String actual = r.out();
      while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
        i++;
      }
      int from = Math.max(0, i - 80);
      throw new AssertionError(golden + ": first difference at char " + i + "\nexpected: …"
          + expected.substring(from, Math.min(expected.length(), i + 80)) + "\nactual:   …"
          + actual.substring(from, Math.min(actual.length(), i + 80)));
    }
  }
}
