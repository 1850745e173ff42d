// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.Department;
import zwk.model.catalogue.TargetGroup;
import zwk.model.common.Period;
import zwk.model.plan.Measure;
import zwk.model.plan.WorkshopPlan;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.rule.RuleSet;
import zwk.strategy.Finding;
import zwk.strategy.Fixtures;
import zwk.strategy.StrategyValidator;

/**
 * The parallel-structure rule compares only pairs within one (action field, target group) group,
 * so a strategy with 10,000 measures needs a number of comparisons bounded by the group sizes, not
 * n². Counted through the rule's comparison observer; no timing.
 */
class LinearTimeTest {

  private static final List<TargetGroup> GROUPS = List.of(TargetGroup.values());

  /** n measures; measure i in field {@code fieldOf(i)}, one target group, lead dep-(i mod 7), all overlapping. */
  private static MunicipalStrategy strategy(int n, java.util.function.IntFunction<String> fieldOf,
      java.util.function.IntFunction<TargetGroup> groupOf, List<ActionField> own) {
    List<Measure> ms = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ms.add(Measure.builder().id("m-" + i).title("Maßnahme " + i).addActionFieldIds(fieldOf.apply(i))
          .addTargetGroups(groupOf.apply(i)).leadDepartmentId("dep-" + (i % 7))
          .period(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))).build());
    }
    List<Department> deps = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      deps.add(Department.builder().id("dep-" + d).name("Amt " + d).build());
    }
    return SampleStrategies.barleben().withProfile(java.util.Optional.empty())
        .withPlan(WorkshopPlan.builder().measures(ms).build()).withDepartments(deps).withOwnActionFields(own);
  }

  private static long comparisons(MunicipalStrategy s, List<Finding> findingsOut) {
    AtomicLong count = new AtomicLong();
    StrategyValidator v = StrategyValidator.builder().referenceDate(Fixtures.TODAY)
        .ruleSet(RuleSet.of(List.of(new ParallelStructureRule(count::addAndGet)))).build();
    findingsOut.addAll(v.validate(s).findings());
    return count.get();
  }

  @Test
  void tenThousandMeasuresOverTheStandardFieldsNeedOnlyInGroupComparisons() {
    int n = 10_000;
    List<ActionField> fields = ActionFields.all();
    MunicipalStrategy s = strategy(n, i -> fields.get(i % fields.size()).id(),
        i -> GROUPS.get((i / fields.size()) % GROUPS.size()), List.of());
    // Independent count of the group sizes.
    Map<String, Integer> sizes = new HashMap<>();
    for (int i = 0; i < n; i++) {
      sizes.merge((i % fields.size()) + "/" + ((i / fields.size()) % GROUPS.size()), 1, Integer::sum);
    }
    long expected = sizes.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
    List<Finding> findings = new ArrayList<>();
    long actual = comparisons(s, findings);
    assertEquals(expected, actual);
    long naive = (long) n * (n - 1) / 2;
    assertTrue(actual * 100 < naive, actual + " comparisons vs " + naive + " for all pairs");
  }

  @Test
  void comparisonsGrowLinearlyWhenGroupsStaySmall() {
    // 10 measures per own action field: each group needs C(10,2) = 45 comparisons.
    // 10,000 measures → 1,000 groups → 45,000; 20,000 → 90,000: exactly twice, i.e. linear.
    List<Finding> f10 = new ArrayList<>();
    long c10 = comparisons(strategy(10_000, i -> "own-" + i / 10, i -> TargetGroup.SENIORS, own(1_000)), f10);
    List<Finding> f20 = new ArrayList<>();
    long c20 = comparisons(strategy(20_000, i -> "own-" + i / 10, i -> TargetGroup.SENIORS, own(2_000)), f20);
    assertEquals(45_000, c10);
    assertEquals(90_000, c20);
    // Leads are dep-(i mod 7): among 10 consecutive measures three residues occur twice, so 3 of
    // the 45 pairs share a lead and 42 are parallel structures per group: 1,000 × 42.
    assertEquals(42_000, f10.size());
    // Names come from the lookup maps built once per validation: m-1 (dep-1) is the later of exactly
    // one reported pair, (m-0, m-1); departments dep-d are named "Amt d".
    List<Finding> atOne = f10.stream().filter(f -> f.path().equals("/plan/measures/1"))
        .collect(java.util.stream.Collectors.toList());
    assertEquals(1, atOne.size());
    assertEquals("Parallelstruktur: Die Maßnahmen „Maßnahme 1“ (Federführung „Amt 1“) und „Maßnahme 0“"
        + " (Federführung „Amt 0“) richten sich im Handlungsfeld „Eigenes Feld 0“ an dieselbe Zielgruppe"
        + " „Seniorinnen und Senioren“, sind aber nicht miteinander verknüpft.", atOne.get(0).message());
  }

  private static List<ActionField> own(int n) {
    List<ActionField> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(ActionField.builder().id("own-" + i).germanLabel("Eigenes Feld " + i).build());
    }
    return list;
  }
}
