// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import zwk.model.sample.SampleStrategies;

/**
 * The bundled example (SampleStrategies.barleben()) against the catalogue, on its own "Stand"
 * 2024-06-30. The expected findings were derived by reading the sample against docs/rules.md, rule
 * by rule (not by running the validator):
 *
 * <ul>
 *   <li>FIELD-001: all names/titles/texts are non-blank → none.
 *   <li>STAGE-001..004: stages 1–4 completed in order (2021-09-28, 2022-03-31, 2022-06-30,
 *       2023-03-23), each with evidence, no date after 2024-06-30 → none.
 *   <li>PROFILE-001: profile with five SWOT entries → none. PROFILE-002: profile 2022-03-31, plan
 *       adopted 2023-03-23, i.e. one year < 3 → none. PROFILE-003: two inventory entries → none.
 *   <li>PART-001: mobile Zukunftswerkstatt (workshop-equivalent) on 2022-06-11 ≤ 2023-03-23 → none.
 *       PART-002: families, youth, seniors, newcomers = 4 ≥ 3 → none. PART-003: administration 8
 *       and citizens 70 → none. PART-004: four priorities → none.
 *   <li>IDEA-001: i1, i2 adopted, i3 answered, <b>i4 open</b> since the event on 2022-06-11, i.e.
 *       750 days > 180 → finding at /participation/0/ideas/3. IDEA-002: i1/i2 name measures, i3 has
 *       an answer → none.
 *   <li>SWOT-001: weaknesses s2 (housing: goal g-3, measure m-wohnen) and s3 (mobility: g-1,
 *       m-rufbus) are addressed; <b>threat s5 (health-care)</b> has no goal or measure in
 *       health-care and no deferral → finding at /profile/swot/4. SWOT-002: all have fields.
 *   <li>PAR-001: no two items share an action field (encounter, leisure, mobility,
 *       public-services, housing, skilled-labour) → none.
 *   <li>PLAN-001: all four measures have a lead. <b>PLAN-002: m-fachkraefte (index 3) has only a
 *       start date</b>. <b>PLAN-003: m-fachkraefte has no budget</b>. PLAN-004: all have target
 *       groups. PLAN-005: g-1..g-4 each served (m-rufbus, m-24h, m-wohnen, m-fachkraefte).
 *       PLAN-006: each measure names a goal. PLAN-007: the one indicator has baseline 0 and target
 *       400 → none.
 *   <li>DEPT-001: bauamt, hauptamt (partner), wirtschaft = 3 ≥ 3 → none.
 *   <li>REVIEW-001: last review 2024-03-14, within 12 months of 2024-06-30 → none. REVIEW-002:
 *       adopted 2023-03-23, 24 months not yet passed (and stage 5 is in progress) → none.
 *   <li>FUND-001: no budget has a programme funding kind (m-24h has only a source text) → none.
 *   <li>REF-001: departments, actors, goals, ideas, adopted measures all exist → none. REF-002:
 *       only standard action fields → none.
 *   <li><b>COMM-001</b>: no guiding line, goal or measure in public-relations → INFO at /plan.
 *   <li>CHECK-001..003: the council check names age groups, future generations and follow-up costs;
 *       <b>CHECK-004: no accessibility assessment</b> → /demographyChecks/0/accessibilityAssessment.
 * </ul>
 */
class BarlebenTest {

  @Test
  void barlebenYieldsTheDocumentedFindingsInCatalogueOrder() {
    ValidationReport r = Fixtures.validator().validate(SampleStrategies.barleben());
    assertEquals(List.of(
        "ZWK-IDEA-001 /participation/0/ideas/3",
        "ZWK-SWOT-001 /profile/swot/4",
        "ZWK-PLAN-002 /plan/measures/3/period",
        "ZWK-PLAN-003 /plan/measures/3/budget",
        "ZWK-COMM-001 /plan",
        "ZWK-CHECK-004 /demographyChecks/0/accessibilityAssessment"), Fixtures.keys(r));
    assertEquals(List.of(Severity.WARNING, Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.INFO,
        Severity.WARNING), r.findings().stream().map(Finding::severity).collect(java.util.stream.Collectors.toList()));
    assertEquals("de", r.locale());
    assertEquals(Fixtures.TODAY, r.referenceDate());
  }

  @Test
  void barlebenMessagesInGermanAndEnglish() {
    ValidationReport de = Fixtures.validator().validate(SampleStrategies.barleben());
    ValidationReport en = Fixtures.validator().validate(SampleStrategies.barleben(), Locale.ENGLISH);
    // 2022-06-11 to 2024-06-30: 19 days of June 2022 remain after the 11th, + 365 (to 2023-06-30)
    // + 366 (to 2024-06-30, 2024 is a leap year) = 750.
    assertEquals("Die Idee „Mehrgenerationenwohnen auf dem alten Sportplatz“ ist seit 750 Tagen offen"
        + " (vorgesehen sind höchstens 180 Tage).",
        de.findings().get(0).message());
    assertEquals("The idea \"Mehrgenerationenwohnen auf dem alten Sportplatz\" has been open for 750 days"
        + " (the limit is 180 days).",
        en.findings().get(0).message());
    assertEquals("en", en.locale());
    assertEquals(750, de.findings().get(0).parameters().get("daysOpen"));
    assertEquals("Für die Maßnahme „Willkommenspaket für neue Fachkräfte“ fehlt das Budget.", de.findings().get(3).message());
    assertEquals("The measure \"Willkommenspaket für neue Fachkräfte\" has no budget.", en.findings().get(3).message());
    // s5 is a THREAT in action field health-care (SampleStrategies): labels in the message, ids in the data.
    assertEquals("Weißer Fleck: „Wachsende Zahl Hochbetagter bei knapper Pflegeinfrastruktur“ (Risiko) wird von keinem"
        + " Ziel und keiner Maßnahme im Handlungsfeld „Gesundheit und Pflege“ aufgegriffen.", de.findings().get(1).message());
    assertEquals("Ein Ziel oder eine Maßnahme im Handlungsfeld „Gesundheit und Pflege“ ergänzen oder die Zurückstellung"
        + " begründen.", de.findings().get(1).hint());
    assertEquals("White spot: \"Wachsende Zahl Hochbetagter bei knapper Pflegeinfrastruktur\" (threat) is not addressed"
        + " by any goal or measure in action field \"Health and care\".", en.findings().get(1).message());
    assertEquals("health-care", en.findings().get(1).parameters().get("actionFieldId"));
    assertEquals("THREAT", en.findings().get(1).parameters().get("category"));
    assertEquals(de.findings().get(1).parameters(), en.findings().get(1).parameters());
  }

  @Test
  void barlebenGroupsByStageAndActionField() {
    ValidationReport r = Fixtures.validator().validate(SampleStrategies.barleben());
    var byStage = r.byStage();
    assertEquals(List.of(java.util.Optional.of(zwk.model.stage.StrategyStage.FUTURE_WORKSHOP),
        java.util.Optional.of(zwk.model.stage.StrategyStage.WORKSHOP_PLAN)), List.copyOf(byStage.keySet()));
    assertEquals(1, byStage.get(java.util.Optional.of(zwk.model.stage.StrategyStage.FUTURE_WORKSHOP)).size());
    var byField = r.byActionField();
    // i4 housing, s5 health-care, m-fachkraefte skilled-labour (twice), COMM public-relations, check none.
    assertEquals(List.of(java.util.Optional.of("housing"), java.util.Optional.of("health-care"),
        java.util.Optional.of("skilled-labour"), java.util.Optional.of("public-relations"), java.util.Optional.empty()),
        List.copyOf(byField.keySet()));
    assertTrue(r.hasErrors());
  }

  @Test
  void completedBarlebenHasNoFindings() {
    assertEquals(List.of(), Fixtures.keys(Fixtures.validator().validate(Fixtures.complete())));
  }
}
