// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import zwk.model.sample.SampleStrategies;
import zwk.strategy.rule.Rule;
import zwk.strategy.rule.RuleSet;
import zwk.strategy.rule.RuleSetConfig;

/** Rule sets: enable/disable, severity and threshold overrides, errors for unknown names. */
class RuleSetConfigTest {

  @Test
  void standardCatalogueHasUniqueStableIdsAllActive() {
    RuleSet rs = RuleSet.standard();
    assertEquals(36, rs.rules().size());
    assertEquals(rs.rules().size(), rs.activeRules().size());
    for (Rule r : rs.rules()) {
      assertTrue(r.id().matches("ZWK-[A-Z]+-\\d{3}"), r.id());
    }
    assertEquals(new BigDecimal("3"), rs.thresholds().get("maxProfileAgeYears"));
    assertEquals(List.of("maxProfileAgeYears", "minTargetGroups", "maxOpenIdeaDays", "minDepartments",
        "reviewIntervalMonths", "interimReviewAfterMonths", "consultingEurPerYear", "materialEurPerYear",
        "programmeEurPerYear"), List.copyOf(rs.thresholds().keySet()));
  }

  @Test
  void disablingARuleRemovesItsFindings() {
    StrategyValidator v = StrategyValidator.builder().referenceDate(Fixtures.TODAY)
        .configure(RuleSetConfig.builder().addDisabledRules("ZWK-COMM-001", "ZWK-PLAN-003").build()).build();
    assertEquals(List.of("ZWK-IDEA-001 /participation/0/ideas/3", "ZWK-SWOT-001 /profile/swot/4",
        "ZWK-PLAN-002 /plan/measures/3/period", "ZWK-CHECK-004 /demographyChecks/0/accessibilityAssessment"),
        Fixtures.keys(v.validate(SampleStrategies.barleben())));
    assertFalse(v.ruleSet().isActive("ZWK-COMM-001"));
  }

  @Test
  void severityOverride() {
    StrategyValidator v = StrategyValidator.builder().referenceDate(Fixtures.TODAY)
        .configure(RuleSetConfig.builder().putSeverityOverride("ZWK-PLAN-003", Severity.INFO)
            .putSeverityOverride("ZWK-SWOT-001", Severity.ERROR).build()).build();
    ValidationReport r = v.validate(SampleStrategies.barleben());
    assertEquals(Severity.INFO, r.findings("ZWK-PLAN-003").get(0).severity());
    assertEquals(Severity.ERROR, r.findings("ZWK-SWOT-001").get(0).severity());
  }

  @Test
  void thresholdOverride() {
    // Barleben's open idea i4 is 750 days old: 800 days tolerates it, 749 does not.
    StrategyValidator tolerant = StrategyValidator.builder().referenceDate(Fixtures.TODAY)
        .configure(RuleSetConfig.builder().putThreshold("maxOpenIdeaDays", new BigDecimal("750")).build()).build();
    assertEquals(List.of(), Fixtures.keys(tolerant.validate(SampleStrategies.barleben()), "ZWK-IDEA-001"));
    StrategyValidator strict = StrategyValidator.builder().referenceDate(Fixtures.TODAY)
        .configure(RuleSetConfig.builder().putThreshold("maxOpenIdeaDays", new BigDecimal("749")).build()).build();
    assertEquals(1, strict.validate(SampleStrategies.barleben()).findings("ZWK-IDEA-001").size());
    // Barleben has 3 departments in its measures; demanding 4 reports it.
    StrategyValidator four = StrategyValidator.builder().referenceDate(Fixtures.TODAY)
        .configure(RuleSetConfig.builder().putThreshold("minDepartments", new BigDecimal("4")).build()).build();
    ValidationReport r = four.validate(SampleStrategies.barleben());
    assertEquals("An den Maßnahmen sind nur 3 von mindestens 4 erwarteten Ämtern bzw. Fachbereichen beteiligt.",
        r.findings("ZWK-DEPT-001").get(0).message());
  }

  @Test
  void unknownNamesAreRejectedWithTheEntry() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.from(
        RuleSetConfig.builder().addDisabledRules("ZWK-NOPE-001").build()));
    assertEquals("disabledRules: expected a known rule id, got 'ZWK-NOPE-001'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RuleSet.from(
        RuleSetConfig.builder().putThreshold("maxProfileAge", BigDecimal.ONE).build()));
    assertTrue(e.getMessage().startsWith("thresholds.maxProfileAge: expected one of [maxProfileAgeYears,"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RuleSet.from(
        RuleSetConfig.builder().putThreshold("minDepartments", new BigDecimal("-1")).build()));
    assertEquals("thresholds.minDepartments: expected a number >= 0, got -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RuleSet.from(
        RuleSetConfig.builder().putSeverityOverride("x".repeat(100), Severity.INFO).build()));
    assertEquals("severityOverrides: expected a known rule id, got '" + "x".repeat(64) + "…'", e.getMessage());
  }

  @Test
  void toConfigRoundTrips() {
    RuleSetConfig c = RuleSetConfig.builder().addDisabledRules("ZWK-COMM-001")
        .putSeverityOverride("ZWK-PLAN-003", Severity.WARNING).putThreshold("minTargetGroups", new BigDecimal("5")).build();
    RuleSet rs = RuleSet.from(c);
    assertEquals(c, rs.toConfig());
    assertEquals(RuleSetConfig.builder().build(), RuleSet.standard().toConfig());
  }

  @Test
  void duplicateRuleIdsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RuleSet.standard().withRules(List.of(RuleSet.standard().rule("ZWK-STAGE-001").orElseThrow())));
    assertEquals("rules: expected unique rule ids, got duplicate 'ZWK-STAGE-001'", e.getMessage());
  }

  @Test
  void localesGermanDefaultEnglishOnRequestNoJvmFallback() {
    // Surefire runs the JVM with user.language=en: a French caller must still get German, not the
    // JVM default's English bundle.
    StrategyValidator v = Fixtures.validator();
    ValidationReport fr = v.validate(SampleStrategies.barleben(), Locale.FRENCH);
    assertEquals("de", fr.locale());
    assertEquals("Das Handlungsfeld „Öffentlichkeitsarbeit“ kommt im Werkstattplan nicht vor: Ihm ist keine Leitlinie,"
        + " kein Ziel und keine Maßnahme zugeordnet.",
        fr.findings("ZWK-COMM-001").get(0).message());
    ValidationReport uk = v.validate(SampleStrategies.barleben(), Locale.UK);
    assertEquals("The action field \"Public relations\" does not appear in the workshop plan: no guiding line, goal or"
        + " measure belongs to it.",
        uk.findings("ZWK-COMM-001").get(0).message());
    assertEquals("Plan a public-relations measure so that the strategy becomes known.", uk.findings("ZWK-COMM-001").get(0).hint());
    StrategyValidator en = StrategyValidator.builder().locale(Locale.ENGLISH).referenceDate(Fixtures.TODAY).build();
    assertEquals("en", en.validate(SampleStrategies.barleben()).locale());
  }
}
