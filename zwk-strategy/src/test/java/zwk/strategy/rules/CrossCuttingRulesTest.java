// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zwk.strategy.Fixtures.complete;
import static zwk.strategy.Fixtures.keys;
import static zwk.strategy.Fixtures.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.TargetGroup;
import zwk.model.check.AgeGroup;
import zwk.model.check.DemographyCheck;
import zwk.model.common.Period;
import zwk.model.plan.Budget;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.profile.ExistingMeasure;
import zwk.model.programme.FundingKind;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.DemographyCheckEvaluation;
import zwk.strategy.Fixtures;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;

/**
 * Positive and negative cases of parallel structures, cross-departmental work, review cadence,
 * funding, references, communication and the Demografie-Check.
 */
class CrossCuttingRulesTest {

  private static ValidationReport validate(MunicipalStrategy s) {
    return Fixtures.validator().validate(s);
  }

  private static MunicipalStrategy withInventory(MunicipalStrategy s, ExistingMeasure e) {
    return Fixtures.profile(s, p -> p.withInventory(Fixtures.append(p.inventory(), e)));
  }

  /** A youth mobility offer of the Hauptamt, open-ended: parallel to m-rufbus (Bauamt, youth, mobility). */
  private static ExistingMeasure schoolBus() {
    return ExistingMeasure.builder().id("inv-schulbus").title("Schülerverkehr am Nachmittag")
        .addActionFieldIds("mobility").addTargetGroups(TargetGroup.YOUTH).leadDepartmentId("hauptamt").build();
  }

  @Test
  void completeStrategyTriggersNoneOfTheseRules() {
    ValidationReport r = validate(complete());
    for (String id : List.of("ZWK-PAR-001", "ZWK-DEPT-001", "ZWK-REVIEW-001", "ZWK-REVIEW-002", "ZWK-FUND-001",
        "ZWK-REF-001", "ZWK-REF-002", "ZWK-COMM-001", "ZWK-CHECK-001", "ZWK-CHECK-002", "ZWK-CHECK-003",
        "ZWK-CHECK-004")) {
      assertEquals(List.of(), keys(r, id), id);
    }
  }

  @Test
  void par001ParallelStructure() {
    ValidationReport r = validate(withInventory(complete(), schoolBus()));
    assertEquals(List.of("ZWK-PAR-001 /plan/measures/0"), keys(r, "ZWK-PAR-001"));
    var f = r.findings("ZWK-PAR-001").get(0);
    assertEquals("inv-schulbus", f.parameters().get("otherId"));
    assertEquals("/profile/inventory/2", f.parameters().get("otherPath"));
    assertEquals("YOUTH", f.parameters().get("targetGroup"));
    assertEquals(Optional.of("mobility"), f.actionFieldId());
  }

  @Test
  void par001NotWhenSameLeadLinkedDisjointOrOtherGroup() {
    assertEquals(List.of(), keys(validate(withInventory(complete(), schoolBus().withLeadDepartmentId("bauamt"))), "ZWK-PAR-001"));
    assertEquals(List.of(), keys(validate(withInventory(complete(), schoolBus().withLinkedMeasureIds("m-rufbus"))), "ZWK-PAR-001"));
    // Linked from the other side.
    assertEquals(List.of(), keys(validate(measure(withInventory(complete(), schoolBus()), 0,
        m -> m.withLinkedMeasureIds("inv-schulbus"))), "ZWK-PAR-001"));
    // Ended the day before m-rufbus starts (2023-06-01).
    assertEquals(List.of(), keys(validate(withInventory(complete(), schoolBus().withPeriod(
        Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 5, 31))))), "ZWK-PAR-001"));
    assertEquals(List.of(), keys(validate(withInventory(complete(), schoolBus().withTargetGroups(TargetGroup.CHILDREN))),
        "ZWK-PAR-001"));
    // Run by an association (no lead department): not a parallel structure of the administration.
    assertEquals(List.of(), keys(validate(withInventory(complete(), schoolBus().withLeadDepartmentId(Optional.empty())
        .withProvider("Förderverein"))), "ZWK-PAR-001"));
  }

  @Test
  void par001PairSharingTwoGroupsIsReportedOnce() {
    ExistingMeasure both = schoolBus().withTargetGroups(TargetGroup.YOUTH, TargetGroup.SENIORS);
    assertEquals(List.of("ZWK-PAR-001 /plan/measures/0"), keys(validate(withInventory(complete(), both)), "ZWK-PAR-001"));
  }

  @Test
  void dept001TooFewDepartments() {
    // m-rufbus without its partner Hauptamt and m-pr led by the Bauamt: bauamt + wirtschaft = 2.
    MunicipalStrategy s = measure(measure(complete(), 0, m -> m.withPartnerDepartmentIds(List.of())), 4,
        m -> m.withLeadDepartmentId("bauamt"));
    ValidationReport r = validate(s);
    assertEquals(List.of("ZWK-DEPT-001 /plan/measures"), keys(r, "ZWK-DEPT-001"));
    assertEquals(2, r.findings("ZWK-DEPT-001").get(0).parameters().get("departments"));
  }

  @Test
  void review001PlanNotReviewedWithinTwelveMonths() {
    // Last review 2024-03-14; 12 months later is 2025-03-14.
    StrategyValidator onTime = StrategyValidator.builder().referenceDate(LocalDate.of(2025, 3, 14)).build();
    StrategyValidator late = StrategyValidator.builder().referenceDate(LocalDate.of(2025, 3, 15)).build();
    assertEquals(List.of(), keys(onTime.validate(complete()), "ZWK-REVIEW-001"));
    assertEquals(List.of("ZWK-REVIEW-001 /plan/lastReviewedOn"), keys(late.validate(complete()), "ZWK-REVIEW-001"));
    // A later revision counts as a review even when lastReviewedOn is older.
    MunicipalStrategy revised = Fixtures.plan(complete(), p -> p.withRevisions(Fixtures.append(p.revisions(),
        zwk.model.plan.PlanRevision.builder().version(3).date(LocalDate.of(2025, 1, 10)).build())));
    assertEquals(List.of(), keys(late.validate(revised), "ZWK-REVIEW-001"));
  }

  @Test
  void review002NoInterimReviewAfterTwentyFourMonths() {
    // Adopted 2023-03-23; stage 5 removed (not started).
    MunicipalStrategy s = complete().withStages(complete().stages().subList(0, 4));
    StrategyValidator before = StrategyValidator.builder().referenceDate(LocalDate.of(2025, 3, 23)).build();
    StrategyValidator after = StrategyValidator.builder().referenceDate(LocalDate.of(2025, 3, 24)).build();
    assertEquals(List.of(), keys(before.validate(s), "ZWK-REVIEW-002"));
    assertEquals(List.of("ZWK-REVIEW-002 /stages"), keys(after.validate(s), "ZWK-REVIEW-002"));
    assertEquals(List.of(), keys(after.validate(complete()), "ZWK-REVIEW-002"));
  }

  private static Measure funded(String id, String amount, FundingKind kind, LocalDate start, LocalDate end) {
    return Measure.builder().id(id).title("Förderung " + id).addGoalIds("g-1").addActionFieldIds("mobility")
        .addTargetGroups(TargetGroup.GENERAL_PUBLIC).leadDepartmentId("hauptamt").period(Period.of(start, end))
        .budget(Budget.builder().amountEur(new BigDecimal(amount)).fundingKind(kind).build()).build();
  }

  @Test
  void fund001MaterialOverTenThousandPerYear() {
    // 24,000 € material over 2024-01-01..2025-12-31 = 731 days (2024 has 366).
    // 2024: 24000 × 366 / 731 = 12016.4158 → 12016.42; 2025: 24000 × 365 / 731 = 11983.5841 → 11983.58.
    MunicipalStrategy s = Fixtures.plan(complete(), p -> p.withMeasures(Fixtures.append(p.measures(),
        funded("m-mat", "24000", FundingKind.MATERIAL, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)))));
    ValidationReport r = validate(s);
    assertEquals(List.of("ZWK-FUND-001 /plan/measures", "ZWK-FUND-001 /plan/measures"), keys(r, "ZWK-FUND-001"));
    assertEquals(2024, r.findings("ZWK-FUND-001").get(0).parameters().get("year"));
    assertEquals(new BigDecimal("12016.42"), r.findings("ZWK-FUND-001").get(0).parameters().get("sumEur"));
    assertEquals(new BigDecimal("11983.58"), r.findings("ZWK-FUND-001").get(1).parameters().get("sumEur"));
    assertEquals("MATERIAL", r.findings("ZWK-FUND-001").get(0).parameters().get("fundingKind"));
    assertEquals(10000, r.findings("ZWK-FUND-001").get(0).parameters().get("limitEur"));
    // The message shows the label of MATERIAL and amounts with German / English separators.
    assertEquals("Die Mittel der Förderart „Sachmittel“ betragen 2024 insgesamt 12.016,42 € und übersteigen damit die"
        + " Förderung von 10.000 € je Jahr.", r.findings("ZWK-FUND-001").get(0).message());
    assertEquals("Funding of kind \"material\" totals €12,016.42 in 2024, more than the programme's €10,000 per year.",
        Fixtures.validator().validate(s, java.util.Locale.ENGLISH).findings("ZWK-FUND-001").get(0).message());
  }

  @Test
  void fund001WithinLimitsAndTotal() {
    // 10,000 € material in one year is exactly the limit: fine.
    MunicipalStrategy ok = Fixtures.plan(complete(), p -> p.withMeasures(Fixtures.append(p.measures(),
        funded("m-mat", "10000", FundingKind.MATERIAL, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));
    assertEquals(List.of(), keys(validate(ok), "ZWK-FUND-001"));
    // 28,000 consulting + 9,000 material + 5,000 lump sum in 2024 = 42,000 > 40,000 (each kind within).
    MunicipalStrategy total = Fixtures.plan(complete(), p -> p.withMeasures(Fixtures.append(Fixtures.append(
        Fixtures.append(p.measures(),
            funded("m-c", "28000", FundingKind.CONSULTING, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))),
            funded("m-m", "9000", FundingKind.MATERIAL, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))),
            funded("m-l", "5000", FundingKind.LUMP_SUM, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))));
    ValidationReport r = validate(total);
    assertEquals(List.of("ZWK-FUND-001 /plan/measures"), keys(r, "ZWK-FUND-001"));
    assertEquals(0, new BigDecimal("42000").compareTo((BigDecimal) r.findings("ZWK-FUND-001").get(0).parameters().get("sumEur")));
    // Own funds are not programme money.
    MunicipalStrategy own = Fixtures.plan(complete(), p -> p.withMeasures(Fixtures.append(p.measures(),
        funded("m-o", "500000", FundingKind.OWN_FUNDS, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));
    assertEquals(List.of(), keys(validate(own), "ZWK-FUND-001"));
  }

  @Test
  void ref001DanglingIds() {
    MunicipalStrategy s = measure(complete(), 0, m -> m.withPartnerDepartmentIds("hauptamt", "kaemmerei")
        .withToolIds("kinderstadtplan-coburg").withGoalIds("g-1", "g-99"));
    s = Fixtures.event(s, 0, e -> e.withIdeas(Fixtures.set(e.ideas(), 0, e.ideas().get(0).withAdoptedIntoMeasureId("m-x"))));
    ValidationReport r = validate(s);
    assertEquals(List.of("ZWK-REF-001 /participation/0/ideas/0/adoptedIntoMeasureId",
        "ZWK-REF-001 /plan/measures/0/goalIds/1",
        "ZWK-REF-001 /plan/measures/0/partnerDepartmentIds/1",
        "ZWK-REF-001 /plan/measures/0/toolIds/0"), keys(r, "ZWK-REF-001"));
    assertEquals("Verweis auf ein unbekanntes Amt bzw. einen unbekannten Fachbereich „kaemmerei“.",
        r.findings("ZWK-REF-001").get(2).message());
    assertEquals(Optional.of(StrategyStage.FUTURE_WORKSHOP), r.findings("ZWK-REF-001").get(0).stage());
  }

  @Test
  void ref002UnknownActionField() {
    MunicipalStrategy s = measure(complete(), 0, m -> m.withActionFieldIds("mobility", "sport"));
    assertEquals(List.of("ZWK-REF-002 /plan/measures/0/actionFieldIds/1"), keys(validate(s), "ZWK-REF-002"));
    MunicipalStrategy own = s.withOwnActionFields(ActionField.builder().id("sport").germanLabel("Sport").build());
    assertEquals(List.of(), keys(validate(own), "ZWK-REF-002"));
  }

  @Test
  void comm001PublicRelations() {
    // Without the PR measure (index 4) the hint appears; PR as a goal's action field is enough.
    MunicipalStrategy noPr = Fixtures.plan(complete(), p -> p.withMeasures(p.measures().subList(0, 4)));
    assertEquals(List.of("ZWK-COMM-001 /plan"), keys(validate(noPr), "ZWK-COMM-001"));
    MunicipalStrategy goalPr = Fixtures.plan(noPr, p -> {
      var line = p.guidingLines().get(0);
      return p.withGuidingLines(Fixtures.set(p.guidingLines(), 0, line.withGoals(Fixtures.set(line.goals(), 1,
          line.goals().get(1).withActionFieldIds("public-services", "public-relations")))));
    });
    assertEquals(List.of(), keys(validate(goalPr), "ZWK-COMM-001"));
  }

  @Test
  void check001to004OnStrategyChecksAndMeasureChecks() {
    MunicipalStrategy s = complete().withDemographyChecks(DemographyCheck.builder().subject("Vorlage 12/2024").build());
    s = measure(s, 2, m -> m.withDemographyCheck(DemographyCheck.builder().subject("Wohnraumkonzept")
        .addAffectedAgeGroups(AgeGroup.AGE_65_PLUS).followUpCostsEurPerYear(BigDecimal.ZERO).build()));
    ValidationReport r = validate(s);
    assertEquals(List.of("ZWK-CHECK-001 /demographyChecks/0/affectedAgeGroups"), keys(r, "ZWK-CHECK-001"));
    assertEquals(List.of("ZWK-CHECK-002 /demographyChecks/0/futureGenerationsAssessment",
        "ZWK-CHECK-002 /plan/measures/2/demographyCheck/futureGenerationsAssessment"), keys(r, "ZWK-CHECK-002"));
    // An amount of follow-up costs counts as considered.
    assertEquals(List.of("ZWK-CHECK-003 /demographyChecks/0/followUpCostsAssessment"), keys(r, "ZWK-CHECK-003"));
    assertEquals(List.of("ZWK-CHECK-004 /demographyChecks/0/accessibilityAssessment",
        "ZWK-CHECK-004 /plan/measures/2/demographyCheck/accessibilityAssessment"), keys(r, "ZWK-CHECK-004"));
  }

  @Test
  void evaluatorForASingleCheckAndAMeasure() {
    StrategyValidator v = Fixtures.validator();
    DemographyCheck barleben = zwk.model.sample.SampleStrategies.barleben().demographyChecks().get(0);
    DemographyCheckEvaluation e = v.evaluate(barleben);
    assertEquals(List.of(AgeGroup.UNDER_20, AgeGroup.AGE_65_PLUS), e.affectedAgeGroups());
    assertTrue(e.futureGenerationsConsidered());
    assertTrue(e.followUpCostsConsidered());
    assertEquals(false, e.accessibilityConsidered());
    assertEquals(List.of("ZWK-CHECK-004 /accessibilityAssessment"),
        e.findings().stream().map(f -> f.ruleId() + " " + f.path()).collect(java.util.stream.Collectors.toList()));
    // A measure without any check: every question is open.
    DemographyCheckEvaluation m = v.evaluate(complete().plan().get().measures().get(0));
    assertEquals(List.of("ZWK-CHECK-001", "ZWK-CHECK-002", "ZWK-CHECK-003", "ZWK-CHECK-004"),
        m.findings().stream().map(f -> f.ruleId()).collect(java.util.stream.Collectors.toList()));
    assertEquals("/demographyCheck/affectedAgeGroups", m.findings().get(0).path());
    assertEquals("Der Demografie-Check „Rufbus für Abend und Wochenende“ nennt keine betroffenen Altersgruppen (unter 20, 20–64, 65+).",
        m.findings().get(0).message());
    assertEquals(false, m.complete());
  }

  @Test
  void cancelledMeasuresAreNoParallelStructure() {
    MunicipalStrategy s = measure(withInventory(complete(), schoolBus()), 0, m -> m.withStatus(MeasureStatus.CANCELLED));
    assertEquals(List.of(), keys(validate(s), "ZWK-PAR-001"));
  }
}
