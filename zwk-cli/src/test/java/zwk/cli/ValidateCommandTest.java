// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zwk.io.json.ZwkJson;
import zwk.strategy.ValidationReport;

/**
 * {@code zwk validate} on the bundled Barleben document. The sample deliberately leaves gaps
 * (SampleStrategies' Javadoc): the fourth measure, "Willkommenspaket für neue Fachkräfte", has a
 * start but no end and no budget, which the method requires of a binding Werkstattplan.
 */
class ValidateCommandTest {

  @Test
  void findingsGroupedByStageAndExit1ForErrors(@TempDir Path dir) throws Exception {
    CliRun r = CliRun.of("validate", SampleFiles.barleben(dir).toString(), "--today", "2024-06-30");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().startsWith("Prüfbericht Barleben (AGS 15083040), Stichtag 30.06.2024\n"), r.out());
    int stage4 = r.out().indexOf("Stufe 4: Werkstattplan");
    assertTrue(stage4 > 0, r.out());
    int period = r.out().indexOf("/plan/measures/3/period");
    int budget = r.out().indexOf("/plan/measures/3/budget");
    assertTrue(period > stage4 && budget > stage4, "measure gaps are listed under stage 4:\n" + r.out());
    assertTrue(r.out().substring(period - 40, period).contains("FEHLER"), r.out());
    assertTrue(r.out().contains("„Willkommenspaket für neue Fachkräfte“"), r.out());
  }

  @Test
  void englishMessages(@TempDir Path dir) throws Exception {
    CliRun r = CliRun.of("--lang", "en", "validate", SampleFiles.barleben(dir).toString(), "--today", "2024-06-30");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains("Stage 4: workshop plan"), r.out());
    assertTrue(r.out().matches("(?s).*ERROR\\s+\\S+\\s+/plan/measures/3/budget.*"), r.out());
  }

  @Test
  void jsonReportWithThePublishedShape(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.json");
    CliRun r = CliRun.of("validate", SampleFiles.barleben(dir).toString(), "--today", "2024-06-30",
        "--format", "json", "--out", out.toString());
    assertEquals(1, r.code(), r.toString());
    JsonNode report = JsonMapper.builder().build().readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertEquals("zwk.report", report.get("format").asString());
    assertEquals(ValidationReport.class, ZwkJson.read(out, ValidationReport.class).getClass(), "a readable zwk.report");
    assertEquals("2024-06-30", report.get("referenceDate").asString());
    assertEquals("de", report.get("locale").asString());
    boolean budget = false;
    for (JsonNode f : report.get("findings")) {
      assertTrue(f.has("ruleId") && f.has("severity") && f.has("path") && f.has("message") && f.has("hint"), f.toString());
      if (f.get("path").asString().equals("/plan/measures/3/budget")) {
        budget = true;
        assertEquals("ERROR", f.get("severity").asString());
        assertEquals("WORKSHOP_PLAN", f.get("stage").asString());
      }
    }
    assertTrue(budget, report.toString());
  }

  @Test
  void ruleConfigurationCanSwitchTheErrorsOff(@TempDir Path dir) throws Exception {
    Path strategy = SampleFiles.barleben(dir);
    CliRun first = CliRun.of("validate", strategy.toString(), "--today", "2024-06-30", "--format", "json");
    JsonNode report = JsonMapper.builder().build().readTree(first.out());
    StringBuilder ids = new StringBuilder();
    for (JsonNode f : report.get("findings")) {
      if (f.get("severity").asString().equals("ERROR")) {
        ids.append(ids.length() == 0 ? "" : ",").append('"').append(f.get("ruleId").asString()).append('"');
      }
    }
    Path rules = Files.writeString(dir.resolve("rules.json"), "{\"format\":\"zwk.rules\",\"version\":1,\"name\":\"lenient\",\"disabledRules\":[" + ids + "]}");
    CliRun r = CliRun.of("validate", strategy.toString(), "--today", "2024-06-30", "--rules", rules.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("\n0 Fehler, "), r.out());
  }

  @Test
  void unknownRuleInConfigurationIsBadInput(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("rules.json"), "{\"format\":\"zwk.rules\",\"version\":1,\"disabledRules\":[\"NO-SUCH-RULE\"]}");
    CliRun r = CliRun.of("validate", SampleFiles.barleben(dir).toString(), "--rules", rules.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("NO-SUCH-RULE"), r.err());
  }

  @Test
  void truncatedDocumentIsExit2WithLineAndColumn(@TempDir Path dir) throws Exception {
    byte[] full = Files.readAllBytes(SampleFiles.barleben(dir));
    byte[] cut = java.util.Arrays.copyOf(full, 300);
    long line = 1 + new String(cut, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    Path broken = Files.write(dir.resolve("broken.json"), cut);
    CliRun r = CliRun.of("validate", broken.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("broken.json:" + line + ":"), "expected line " + line + " in " + r.err());
    assertEquals("", r.out());
  }

  @Test
  void wrongEnumValueIsLocatedByJsonPointer(@TempDir Path dir) throws Exception {
    String json = Files.readString(SampleFiles.barleben(dir)).replaceFirst("\"COMPLETED\"", "\"DONE\"");
    Path bad = Files.writeString(dir.resolve("bad.json"), json);
    CliRun r = CliRun.of("validate", bad.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("/stages/0/status") && r.err().contains("DONE"), r.err());
  }

  @Test
  void rulesFileWithoutTheDocumentHeaderIsLocatedBadInput(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("rules.json"), "{\"disabledRules\":[]}");
    CliRun r = CliRun.of("validate", SampleFiles.barleben(dir).toString(), "--rules", rules.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("rules.json:1:"), r.err());
  }
}
