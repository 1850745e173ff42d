// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zwk.io.samples.Samples;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Finding;
import zwk.strategy.Severity;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;
import zwk.strategy.rule.RuleSetConfig;
import zwk.testkit.ModelGenerators;

/** The zwk.report and zwk.rules documents of zwk-strategy. */
class ReportDocumentsTest {

  private static final StrategyValidator VALIDATOR = StrategyValidator.builder()
      .clock(Clock.fixed(LocalDate.of(2024, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();

  @Test
  void handBuiltReportIsWrittenAsDocumentedAndReadBack() {
    ValidationReport report = ValidationReport.builder().locale("de").referenceDate(LocalDate.of(2024, 7, 1))
        .addFindings(Finding.builder().ruleId("ZWK-PLAN-003").severity(Severity.WARNING)
            .path("/plan/measures/3/leadDepartmentId").message("Maßnahme ohne Federführung")
            .hint("Federführung festlegen").putParameter("measureId", "m-fachkraefte")
            .putParameter("count", 2).putParameter("share", new BigDecimal("0.50"))
            .putParameter("ids", List.of("a", "b")).putParameter("adopted", true)
            .stage(StrategyStage.WORKSHOP_PLAN).actionFieldId("skilled-labour").build())
        .build();
    String json = ZwkJson.writeString(report);
    assertTrue(json.startsWith("{\n  \"format\": \"zwk.report\",\n  \"version\": 1,\n  \"findings\": [\n"), json);
    assertTrue(json.contains("\"path\": \"/plan/measures/3/leadDepartmentId\""), json);
    assertTrue(json.contains("\"share\": 0.50"), json);
    assertTrue(json.contains("\"parameters\": {\n        \"measureId\": \"m-fachkraefte\",\n        \"count\": 2,"), json);
    ValidationReport back = ZwkJson.read(json, ValidationReport.class);
    assertEquals(report, back);
    assertEquals(Map.of("measureId", "m-fachkraefte", "count", 2, "share", new BigDecimal("0.50"),
        "ids", List.of("a", "b"), "adopted", true), back.findings().get(0).parameters());
  }

  @Test
  void barlebenReportRoundTrips() {
    ValidationReport report = VALIDATOR.validate(Samples.barlebenStrategy());
    assertFalse(report.findings().isEmpty(), "the Barleben sample leaves gaps on purpose");
    byte[] bytes = ZwkJson.writeBytes(report);
    ValidationReport back = ZwkJson.read(bytes, ValidationReport.class);
    assertEquals(report, back);
    assertArrayEquals(bytes, ZwkJson.writeBytes(back));
  }

  /** Reports of random strategies round-trip, so the validator's parameter types survive JSON. */
  @Test
  void reportsOfGeneratedStrategiesRoundTrip() {
    qt().withExamples(40).withShrinkCycles(20).forAll(ModelGenerators.strategies()).checkAssert(s -> {
      ValidationReport report = VALIDATOR.validate(s);
      ValidationReport back = ZwkJson.read(ZwkJson.writeBytes(report), ValidationReport.class);
      assertEquals(typed(report), typed(back));
      assertEquals(report, back);
    });
  }

  /** Each finding's parameters with their Java types, so that a difference is readable. */
  private static List<String> typed(ValidationReport r) {
    List<String> out = new java.util.ArrayList<>();
    for (Finding f : r.findings()) {
      StringBuilder sb = new StringBuilder(f.ruleId() + " " + f.path());
      f.parameters().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v).append(':')
          .append(v.getClass().getSimpleName()));
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void ruleSetConfigurationReadsFromAHandWrittenFile() {
    String json = "{\"format\":\"zwk.rules\",\"version\":1,\"name\":\"Landkreis-Profil\","
        + "\"disabledRules\":[\"ZWK-PLAN-003\"],\"severityOverrides\":{\"ZWK-PLAN-004\":\"INFO\"},"
        + "\"thresholds\":{\"maxProfileAgeYears\":3}}";
    RuleSetConfig config = ZwkJson.read(json, RuleSetConfig.class);
    assertEquals(RuleSetConfig.builder().name("Landkreis-Profil").addDisabledRules("ZWK-PLAN-003")
        .putSeverityOverride("ZWK-PLAN-004", Severity.INFO).putThreshold("maxProfileAgeYears", new BigDecimal("3"))
        .build(), config);
    assertEquals(config, ZwkJson.read(ZwkJson.writeString(config), RuleSetConfig.class));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ZwkJson.read(
        json.replace("\"INFO\"", "\"FATAL\""), RuleSetConfig.class));
    assertEquals("/severityOverrides/ZWK-PLAN-004", e.pointer());
  }
}
