// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MainTest {

  @ParameterizedTest
  @ValueSource(strings = {"demo", "register", "population", "indicators", "validate", "convert", "profile"})
  void everyCommandHasHelp(String command) {
    CliRun r = CliRun.of(command, "--help");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Usage: zwk " + command), r.toString());
    assertTrue(r.out().contains("--help"), r.toString());
  }

  @Test
  void topLevelHelpListsAllCommandsAndExitCodes() {
    CliRun r = CliRun.of("--help");
    assertEquals(0, r.code());
    for (String c : new String[] {"demo", "register", "population", "indicators", "validate", "convert", "profile"}) {
      assertTrue(r.out().contains("  " + c + " "), c + " missing in\n" + r.out());
    }
    assertTrue(r.out().contains("--lang"));
    assertTrue(r.out().contains("2 bad input"));
  }

  @Test
  void versionNamesZwkAndJava() {
    CliRun r = CliRun.of("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().matches("(?s)zwk \\d+\\.\\d+\\.\\d+.*\\RJava .*"), r.out());
  }

  @Test
  void noCommandPrintsUsage() {
    CliRun r = CliRun.of();
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("Usage: zwk"), r.out());
  }

  @Test
  void unknownCommandIsAUsageErrorWithSuggestion() {
    CliRun r = CliRun.of("dmo");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("'dmo'") && r.err().contains("zwk demo"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void badLanguageIsAUsageError() {
    CliRun r = CliRun.of("--lang", "fr", "demo");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("fr"), r.err());
  }

  @Test
  void missingFileArgumentIsAUsageError() {
    CliRun r = CliRun.of("population");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("Missing required parameter"), r.err());
  }
}
