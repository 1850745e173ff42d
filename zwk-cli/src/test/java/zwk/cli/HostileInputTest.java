// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile and mistaken inputs of issue 11 on the command line: exit 2 with a located message. */
class HostileInputTest {

  @Test
  void hugeExponentInAnAmountIsBadInputNotAGigabyteCsv(@TempDir Path dir) throws Exception {
    String json = new String(zwk.io.samples.Samples.bytes(zwk.io.samples.Samples.BARLEBEN_STRATEGY), StandardCharsets.UTF_8);
    for (String literal : new String[] {"1e999999999", "1e2147483647"}) {
      Path in = Files.writeString(dir.resolve("strategy.json"), json.replaceFirst("\"amountEur\": 90000\\.00",
          "\"amountEur\": " + literal));
      Path out = dir.resolve("measures.csv");
      CliRun r = CliRun.of("convert", in.toString(), out.toString());
      assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
      assertTrue(r.err().contains("strategy.json:") && r.err().contains("/budget/amountEur")
          && r.err().contains("maxNumberExponent"), r.err());
      assertFalse(Files.exists(out));
    }
  }

  @Test
  void utf16AndOverlongUtf8AreBadInput(@TempDir Path dir) throws Exception {
    byte[] sample = zwk.io.samples.Samples.bytes(zwk.io.samples.Samples.BARLEBEN_STRATEGY);
    Path utf16 = Files.write(dir.resolve("utf16.json"),
        new String(sample, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
    CliRun r = CliRun.of("validate", utf16.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
    assertTrue(r.err().contains("utf16.json:1:1:") && r.err().contains("UTF-16LE"), r.err());
  }

  @Test
  void emptyRegisterIsBadInput(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "\n");
    CliRun r = CliRun.of("register", empty.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
    assertTrue(r.err().contains("empty.csv:1:1: BAD_STRUCTURE: expected a municipality register"), r.err());
  }

  @Test
  void commaSeparatedExtractIsNotTakenForGv100ad(@TempDir Path dir) throws Exception {
    // the real extract re-saved with commas: detected by content as an Auszug_GV CSV and read
    java.util.List<String> lines = Files.readAllLines(CliRun.data(RegisterCommandTest.GV_CSV), StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(String.join(",", java.util.Arrays.stream(line.split(";", -1))
          .map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList())).append('\n');
    }
    Path comma = Files.writeString(dir.resolve("31122021_Auszug_GV.csv"), sb.toString());
    CliRun r = CliRun.of("register", comma.toString());
    assertEquals(ExitCodes.OK, r.code(), r.toString());
    // README: 16,060 records and 83,237,124 inhabitants over Satzart 60
    assertTrue(r.out().matches("(?s).*insgesamt\\s+16\\.060\\n.*"), r.out());
    assertTrue(r.out().contains("83.237.124 (männlich 41.066.785, weiblich 42.170.339)"), r.out());
  }
}
