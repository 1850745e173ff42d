// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Progress roll-up of the Werkstattplan, with expectations worked out by hand. */
class ProgressRollUpTest {

  private static Measure leaf(String id, String parent, Integer progress, Double weight) {
    Measure.Builder b = Measure.builder().id(id).title(id).parentId(parent);
    if (progress != null) {
      b.progressPercent(progress.doubleValue());
    }
    if (weight != null) {
      b.weight(weight);
    }
    return b.build();
  }

  private static WorkshopPlan plan(Measure... measures) {
    return WorkshopPlan.builder().addMeasures(Measure.builder().id("p").title("parent").progressPercent(7.0).build())
        .addMeasures(measures).build();
  }

  @Test
  void weightedWhenAllWeightsAreSet() {
    // (20*1 + 80*3) / (1+3) = 260 / 4 = 65
    assertEquals(65.0, plan(leaf("a", "p", 20, 1.0), leaf("b", "p", 80, 3.0)).progressOf("p"), 1e-9);
    // (0*1 + 50*1 + 100*2) / 4 = 62.5
    assertEquals(62.5, plan(leaf("a", "p", 0, 1.0), leaf("b", "p", 50, 1.0), leaf("c", "p", 100, 2.0))
        .progressOf("p"), 1e-9);
  }

  @Test
  void plainMeanWithoutWeights() {
    // (20 + 80) / 2 = 50; the parent's own 7 % is replaced by the children's.
    assertEquals(50.0, plan(leaf("a", "p", 20, null), leaf("b", "p", 80, null)).progressOf("p"), 1e-9);
    // One weight missing: plain mean, (20 + 80) / 2.
    assertEquals(50.0, plan(leaf("a", "p", 20, 1.0), leaf("b", "p", 80, null)).progressOf("p"), 1e-9);
    // All weights 0: plain mean (10 + 40 + 100) / 3 = 50.
    assertEquals(50.0, plan(leaf("a", "p", 10, 0.0), leaf("b", "p", 40, 0.0), leaf("c", "p", 100, 0.0))
        .progressOf("p"), 1e-9);
  }

  @Test
  void leavesCompletedAndCancelled() {
    Measure done = Measure.builder().id("a").title("a").parentId("p").status(MeasureStatus.COMPLETED).build();
    Measure open = Measure.builder().id("b").title("b").parentId("p").build();
    Measure cancelled = leaf("c", "p", 100, null).withStatus(MeasureStatus.CANCELLED);
    // completed without a figure counts 100, unreported counts 0, cancelled is left out: (100 + 0) / 2.
    WorkshopPlan plan = plan(done, open, cancelled);
    assertEquals(50.0, plan.progressOf("p"), 1e-9);
    assertEquals(100.0, plan.progressOf("a"), 1e-9);
    assertEquals(0.0, plan.progressOf("b"), 1e-9);
    // A parent whose children are all cancelled counts its own figure.
    assertEquals(7.0, plan(cancelled).progressOf("p"), 1e-9);
    // A reported figure wins over the status.
    assertEquals(30.0, plan(leaf("a", null, 30, null).withStatus(MeasureStatus.COMPLETED)).progressOf("a"), 1e-9);
  }

  @Test
  void nestedRollUpAndOverallProgress() {
    // p <- a (children a1 = 0 %, a2 = 100 % -> 50 %), p <- b (90 %); p = (50 + 90) / 2 = 70.
    WorkshopPlan plan = plan(leaf("a", "p", 5, null), leaf("a1", "a", 0, null), leaf("a2", "a", 100, null),
        leaf("b", "p", 90, null), leaf("q", null, 10, null));
    assertEquals(50.0, plan.progressOf("a"), 1e-9);
    assertEquals(70.0, plan.progressOf("p"), 1e-9);
    // Roots p (70) and q (10): (70 + 10) / 2 = 40.
    assertEquals(40.0, plan.progress().orElseThrow(), 1e-9);
    assertTrue(WorkshopPlan.builder().build().progress().isEmpty());
    // A sub-project whose parent is not in the plan counts as a root.
    assertEquals(25.0, WorkshopPlan.builder().addMeasures(leaf("x", "gone", 25, null)).build().progress().orElseThrow(),
        1e-9);
  }

  @Test
  void unknownMeasureIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan().progressOf("m-9"));
    assertTrue(e.getMessage().startsWith("measureId") && e.getMessage().contains("m-9"), e.getMessage());
  }

  @Test
  void childrenAndGoalsAreNavigable() {
    WorkshopPlan plan = plan(leaf("a", "p", 1, null), leaf("b", "p", 2, null));
    assertEquals(2, plan.childrenOf("p").size());
    assertEquals("a", plan.childrenOf("p").get(0).id());
    assertTrue(plan.childrenOf("a").isEmpty());
    assertEquals("b", plan.measure("b").orElseThrow().id());
  }
}
