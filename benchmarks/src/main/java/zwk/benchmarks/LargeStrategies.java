// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.Department;
import zwk.model.catalogue.TargetGroup;
import zwk.model.common.Period;
import zwk.model.plan.Budget;
import zwk.model.plan.Goal;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.Measure;
import zwk.model.plan.WorkshopPlan;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;

/**
 * Large synthetic strategies for benchmarks: Barleben with its plan replaced by {@code n} measures
 * spread over the 23 standard action fields and all target groups, 12 departments and one goal
 * per action field. About one measure in ten lacks a budget, so the report is not empty.
 *
 * <p>With {@code parallel = false} all measures of an action field share their lead department
 * (a coordinated plan: the parallel-structure rule compares but finds nothing); with
 * {@code parallel = true} leads rotate over the departments, so most same-field, same-group pairs
 * are parallel structures (tens of thousands of findings: the worst case for rendering).
 */
public final class LargeStrategies {
  private LargeStrategies() {}

  /** Barleben with {@code n} measures, see the class comment for {@code parallel}. */
  public static MunicipalStrategy withMeasures(int n, boolean parallel) {
    List<ActionField> fields = ActionFields.all();
    TargetGroup[] groups = TargetGroup.values();
    GuidingLine.Builder line = GuidingLine.builder().id("gl-1").title("Alle Handlungsfelder");
    for (int f = 0; f < fields.size(); f++) {
      line.addGoals(Goal.builder().id("g-" + f).title("Ziel " + fields.get(f).germanLabel())
          .addActionFieldIds(fields.get(f).id()).build());
    }
    List<Department> deps = new ArrayList<>();
    for (int d = 0; d < 12; d++) {
      deps.add(Department.builder().id("dep-" + d).name("Fachbereich " + d).build());
    }
    List<Measure> ms = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int f = i % fields.size();
      LocalDate start = LocalDate.of(2023, 1, 1).plusDays(i % 700);
      Measure.Builder m = Measure.builder().id("m-" + i).title("Maßnahme " + i).addGoalIds("g-" + f)
          .addActionFieldIds(fields.get(f).id()).addTargetGroups(groups[(i / fields.size()) % groups.length])
          .leadDepartmentId("dep-" + ((parallel ? i : f) % 12))
          .addPartnerDepartmentIds("dep-" + (((parallel ? i : f) + 1) % 12))
          .period(Period.of(start, start.plusDays(365)));
      if (i % 10 != 0) {
        m.budget(Budget.builder().amountEur(BigDecimal.valueOf(1000 + i % 5000)).build());
      }
      ms.add(m.build());
    }
    WorkshopPlan plan = SampleStrategies.barleben().plan().get().withGuidingLines(line.build()).withMeasures(ms);
    return SampleStrategies.barleben().withPlan(plan).withDepartments(deps).withParticipation(List.of());
  }
}
