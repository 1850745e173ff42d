// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import zwk.model.common.Period;
import zwk.model.plan.Measure;
import zwk.model.strategy.MunicipalStrategy;
import zwk.testkit.ModelGenerators;

/**
 * Properties of the validator over generated strategies (QuickTheories).
 */
class PropertyTest {
  private static final StrategyValidator VALIDATOR = Fixtures.validator();

  @Test
  void aCompleteStrategyYieldsNoFindingAtAll() {
    // Stronger than "no ERROR": the generator satisfies every rule (see CompleteStrategies).
    qt().withExamples(300).forAll(CompleteStrategies.strategies())
        .checkAssert(s -> assertEquals(List.of(), Fixtures.keys(VALIDATOR.validate(s))));
  }

  /** The binding elements of a measure and what removing each must report. */
  private enum Element {
    LEAD("ZWK-PLAN-001", "leadDepartmentId") {
      Measure remove(Measure m) {
        return m.withLeadDepartmentId(Optional.empty());
      }
    },
    PERIOD_END("ZWK-PLAN-002", "period") {
      Measure remove(Measure m) {
        return m.withPeriod(Period.builder().start(m.period().start()).build());
      }
    },
    PERIOD_START("ZWK-PLAN-002", "period") {
      Measure remove(Measure m) {
        return m.withPeriod(Period.builder().end(m.period().end()).build());
      }
    },
    BUDGET("ZWK-PLAN-003", "budget") {
      Measure remove(Measure m) {
        return m.withBudget(Optional.empty());
      }
    },
    TARGET_GROUPS("ZWK-PLAN-004", "targetGroups") {
      Measure remove(Measure m) {
        return m.withTargetGroups(List.of());
      }
    },
    GOAL("ZWK-PLAN-006", "goalIds") {
      Measure remove(Measure m) {
        return m.withGoalIds(List.of());
      }
    };

    final String ruleId;
    final String property;

    Element(String ruleId, String property) {
      this.ruleId = ruleId;
      this.property = property;
    }

    abstract Measure remove(Measure m);
  }

  @Test
  void removingOneBindingElementYieldsExactlyTheExpectedFinding() {
    qt().withExamples(300).forAll(CompleteStrategies.strategies(), Generate.range(0, 1000),
        Generate.enumValues(Element.class)).checkAssert((s, pick, element) -> {
          int i = pick % s.plan().get().measures().size();
          MunicipalStrategy broken = Fixtures.measure(s, i, element::remove);
          assertEquals(List.of(element.ruleId + " /plan/measures/" + i + "/" + element.property),
              Fixtures.keys(VALIDATOR.validate(broken)));
        });
  }

  @Test
  void removingAGoalsOnlyMeasureLinkOrAnIndicatorTargetIsReportedExactly() {
    // Goals: drop the goal id from every measure of goal g-0 → PLAN-006 for each, and PLAN-005 for g-0.
    qt().withExamples(200).forAll(CompleteStrategies.strategies()).checkAssert(s -> {
      List<Measure> ms = s.plan().get().measures();
      List<String> expected = new ArrayList<>();
      MunicipalStrategy broken = s;
      expected.add("ZWK-PLAN-005 /plan/guidingLines/0/goals/0");
      for (int i = 0; i < ms.size(); i++) {
        if (ms.get(i).goalIds().contains("g-0")) {
          broken = Fixtures.measure(broken, i, m -> m.withGoalIds(List.of()));
        }
      }
      List<String> sixes = new ArrayList<>();
      for (int i = 0; i < ms.size(); i++) {
        if (ms.get(i).goalIds().contains("g-0")) {
          sixes.add("ZWK-PLAN-006 /plan/measures/" + i + "/goalIds");
        }
      }
      // Catalogue order: PLAN-005 before PLAN-006.
      expected.addAll(sixes);
      assertEquals(expected, Fixtures.keys(VALIDATOR.validate(broken)));
    });
  }

  @Test
  void validationIsDeterministicOnAnyStrategy() {
    // Any generated strategy (complete or not, hostile texts): same input → equal reports, same
    // order, also for an equal copy built separately, and never an exception.
    qt().withExamples(500).forAll(ModelGenerators.strategies()).checkAssert(s -> {
      ValidationReport a = VALIDATOR.validate(s);
      ValidationReport b = VALIDATOR.validate(MunicipalStrategy.builder().from(s).build());
      assertEquals(a, b);
      assertEquals(a.findings(), VALIDATOR.validate(s).findings());
    });
  }

  @Test
  void reportsAreSerialisableData() {
    // Parameters hold only JSON-friendly values, so zwk-io can bind them without custom code.
    qt().withExamples(300).forAll(ModelGenerators.strategies()).checkAssert(s -> {
      for (Finding f : VALIDATOR.validate(s).findings()) {
        f.parameters().values().forEach(v -> {
          boolean ok = v instanceof String || v instanceof Integer || v instanceof Long
              || v instanceof java.math.BigDecimal || v instanceof Boolean || v instanceof List;
          assertEquals(true, ok, f.ruleId() + " " + v.getClass());
        });
        assertEquals(true, f.path().isEmpty() || f.path().startsWith("/"), f.path());
      }
    });
  }
}
