// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static zwk.strategy.Fixtures.complete;
import static zwk.strategy.Fixtures.keys;
import static zwk.strategy.Fixtures.measure;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.model.common.Period;
import zwk.model.plan.Goal;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureIndicator;
import zwk.model.plan.MeasureStatus;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.Fixtures;
import zwk.strategy.ValidationReport;

/** Positive and negative cases of the Werkstattplan's binding elements (ZWK-PLAN-001 … 007). */
class PlanRulesTest {

  private static ValidationReport validate(MunicipalStrategy s) {
    return Fixtures.validator().validate(s);
  }

  @Test
  void completeStrategyTriggersNoneOfTheseRules() {
    ValidationReport r = validate(complete());
    for (int i = 1; i <= 7; i++) {
      assertEquals(List.of(), keys(r, "ZWK-PLAN-00" + i));
    }
  }

  @Test
  void plan001to004MissingBindingElementsOfAMeasure() {
    assertEquals(List.of("ZWK-PLAN-001 /plan/measures/1/leadDepartmentId"),
        keys(validate(measure(complete(), 1, m -> m.withLeadDepartmentId(Optional.empty()))), "ZWK-PLAN-001"));
    assertEquals(List.of("ZWK-PLAN-002 /plan/measures/1/period"),
        keys(validate(measure(complete(), 1, m -> m.withPeriod(Period.builder().end(java.time.LocalDate.of(2025, 1, 1)).build()))),
            "ZWK-PLAN-002"));
    assertEquals(List.of("ZWK-PLAN-003 /plan/measures/1/budget"),
        keys(validate(measure(complete(), 1, m -> m.withBudget(Optional.empty()))), "ZWK-PLAN-003"));
    assertEquals(List.of("ZWK-PLAN-004 /plan/measures/1/targetGroups"),
        keys(validate(measure(complete(), 1, m -> m.withTargetGroups(List.of()))), "ZWK-PLAN-004"));
  }

  @Test
  void budgetWithNeitherAmountNorNoCostIsMissing() {
    // A budget that only names a source says nothing about the cost.
    ValidationReport r = validate(measure(complete(), 1, m -> m.withBudget(
        zwk.model.plan.Budget.builder().fundingSource("Sponsor").build())));
    assertEquals(List.of("ZWK-PLAN-003 /plan/measures/1/budget"), keys(r, "ZWK-PLAN-003"));
  }

  @Test
  void cancelledMeasuresAreNotChecked() {
    ValidationReport r = validate(measure(complete(), 1, m -> m.withStatus(MeasureStatus.CANCELLED)
        .withLeadDepartmentId(Optional.empty()).withBudget(Optional.empty())));
    assertEquals(List.of(), keys(r, "ZWK-PLAN-001"));
    assertEquals(List.of(), keys(r, "ZWK-PLAN-003"));
    // ... but its goal g-2 is now served by no measure.
    assertEquals(List.of("ZWK-PLAN-005 /plan/guidingLines/0/goals/1"), keys(r, "ZWK-PLAN-005"));
  }

  @Test
  void plan005GoalWithoutMeasure() {
    MunicipalStrategy s = Fixtures.plan(complete(), p -> p.withGuidingLines(Fixtures.set(p.guidingLines(), 1,
        p.guidingLines().get(1).withGoals(Fixtures.append(p.guidingLines().get(1).goals(),
            Goal.builder().id("g-5").title("Ortskern beleben").build())))));
    assertEquals(List.of("ZWK-PLAN-005 /plan/guidingLines/1/goals/2"), keys(validate(s), "ZWK-PLAN-005"));
  }

  @Test
  void plan006MeasureWithoutGoal() {
    ValidationReport r = validate(measure(complete(), 2, m -> m.withGoalIds(List.of())));
    assertEquals(List.of("ZWK-PLAN-006 /plan/measures/2/goalIds"), keys(r, "ZWK-PLAN-006"));
    // A sub-project inherits the goal of its parent.
    MunicipalStrategy sub = Fixtures.plan(complete(), p -> p.withMeasures(Fixtures.append(p.measures(),
        Measure.builder().id("m-rufbus-app").title("Buchungs-App für den Rufbus").parentId("m-rufbus")
            .build())));
    assertEquals(List.of(), keys(validate(sub), "ZWK-PLAN-006"));
  }

  @Test
  void plan007IndicatorWithoutBaselineOrTarget() {
    MunicipalStrategy s = Fixtures.plan(complete(), p -> {
      var line = p.guidingLines().get(0);
      Goal g = line.goals().get(0);
      MeasureIndicator in = g.indicators().get(0).withTarget(Optional.empty());
      return p.withGuidingLines(Fixtures.set(p.guidingLines(), 0,
          line.withGoals(Fixtures.set(line.goals(), 0, g.withIndicators(in)))));
    });
    s = measure(s, 0, m -> m.withIndicators(MeasureIndicator.builder().name("Haltestellen").build()));
    ValidationReport r = validate(s);
    assertEquals(List.of("ZWK-PLAN-007 /plan/guidingLines/0/goals/0/indicators/0",
        "ZWK-PLAN-007 /plan/measures/0/indicators/0"), keys(r, "ZWK-PLAN-007"));
    assertEquals("Die Kennzahl „Fahrgäste Rufbus je Monat“ hat keinen Zielwert.", r.findings("ZWK-PLAN-007").get(0).message());
    assertEquals("Die Kennzahl „Haltestellen“ hat weder Ausgangs- noch Zielwert.", r.findings("ZWK-PLAN-007").get(1).message());
  }
}
