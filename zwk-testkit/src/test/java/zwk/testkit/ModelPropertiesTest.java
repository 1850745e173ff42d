// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.MunicipalProfile;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;

/** Properties of the model over generated documents (zwk-testkit generators). */
class ModelPropertiesTest {

  @Test
  void builderFromCopyEqualsTheOriginal() {
    qt().withExamples(300).forAll(ModelGenerators.strategies()).checkAssert(s -> {
      MunicipalStrategy copy = MunicipalStrategy.builder().from(s).build();
      assertNotSame(s, copy);
      assertEquals(s, copy);
      assertEquals(s.hashCode(), copy.hashCode());
      assertEquals(s.toString(), copy.toString());
    });
    qt().forAll(ModelGenerators.toolboxes()).checkAssert(t -> {
      Toolbox copy = Toolbox.builder().from(t).build();
      assertNotSame(t, copy);
      assertEquals(t, copy);
      assertEquals(t.hashCode(), copy.hashCode());
    });
    qt().forAll(ModelGenerators.profiles()).checkAssert(p -> {
      MunicipalProfile copy = MunicipalProfile.builder().from(p).build();
      assertNotSame(p, copy);
      assertEquals(p, copy);
      assertEquals(p.hashCode(), copy.hashCode());
    });
    qt().forAll(ModelGenerators.catalogues()).checkAssert(c -> {
      ActionFieldCatalogue copy = ActionFieldCatalogue.builder().from(c).build();
      assertNotSame(c, copy);
      assertEquals(c, copy);
      assertEquals(c.hashCode(), copy.hashCode());
    });
  }

  @Test
  void progressStaysWithin0And100() {
    qt().withExamples(500).forAll(PlanGenerators.plans()).checkAssert(plan -> {
      for (Measure m : plan.measures()) {
        double p = plan.progressOf(m.id());
        assertTrue(p >= 0 && p <= 100, m.id() + ": " + p);
      }
      OptionalDouble overall = plan.progress();
      overall.ifPresent(p -> assertTrue(p >= 0 && p <= 100, "overall " + p));
    });
  }

  /** A plan whose measures carry no weight. */
  private static WorkshopPlan withoutWeights(WorkshopPlan plan) {
    return plan.withMeasures(plan.measures().stream().map(m -> m.withWeight(Optional.empty()))
        .collect(Collectors.toList()));
  }

  /** A plan whose measures all carry a positive weight 1, 2 or 3 (by position). */
  private static WorkshopPlan withWeights(WorkshopPlan plan) {
    List<Measure> out = new ArrayList<>();
    for (int i = 0; i < plan.measures().size(); i++) {
      out.add(plan.measures().get(i).withWeight(1.0 + i % 3));
    }
    return plan.withMeasures(out);
  }

  private static List<Measure> countingChildren(WorkshopPlan plan, Measure parent) {
    return plan.measures().stream()
        .filter(c -> c.parentId().equals(Optional.of(parent.id())) && c.status() != MeasureStatus.CANCELLED)
        .collect(Collectors.toList());
  }

  /** A leaf counts its reported figure, 100 when completed without one, else 0. */
  private static double leafProgress(Measure m) {
    if (m.progressPercent().isPresent()) {
      return m.progressPercent().get();
    }
    return m.status() == MeasureStatus.COMPLETED ? 100 : 0;
  }

  @Test
  void withoutWeightsAParentIsThePlainMeanOfItsChildren() {
    int[] parents = {0};
    qt().withExamples(500).forAll(PlanGenerators.plans()).checkAssert(generated -> {
      WorkshopPlan plan = withoutWeights(generated);
      for (Measure m : plan.measures()) {
        List<Measure> children = countingChildren(plan, m);
        if (children.isEmpty()) {
          assertEquals(leafProgress(m), plan.progressOf(m.id()), 1e-9, m.id());
        } else {
          parents[0]++;
          double sum = 0;
          for (Measure c : children) {
            sum += plan.progressOf(c.id());
          }
          assertEquals(sum / children.size(), plan.progressOf(m.id()), 1e-9, m.id());
        }
      }
    });
    assertTrue(parents[0] > 50, "the generators must produce parents with children: " + parents[0]);
  }

  @Test
  void withAllWeightsSetAParentIsTheWeightedMeanOfItsChildren() {
    qt().withExamples(500).forAll(PlanGenerators.plans()).checkAssert(generated -> {
      WorkshopPlan plan = withWeights(generated);
      for (Measure m : plan.measures()) {
        List<Measure> children = countingChildren(plan, m);
        if (!children.isEmpty()) {
          double sum = 0;
          double weights = 0;
          for (Measure c : children) {
            sum += c.weight().orElseThrow() * plan.progressOf(c.id());
            weights += c.weight().orElseThrow();
          }
          assertEquals(sum / weights, plan.progressOf(m.id()), 1e-9, m.id());
        }
      }
    });
  }
}
