// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.model.sample.SampleStrategies;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;

/** The stage gate and the maturity score. */
class StageGateAndMaturityTest {

  private static List<String> keys(List<Finding> fs) {
    return fs.stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toList());
  }

  @Test
  void barlebenMayEnterTheInterimReviewOnlyAfterFixingPlanErrors() {
    StrategyValidator v = Fixtures.validator();
    MunicipalStrategy b = SampleStrategies.barleben();
    // Stages 1–4 are completed; the ERRORs of stage 4 (PLAN-002, PLAN-003) block stage 5.
    assertEquals(List.of("ZWK-PLAN-002 /plan/measures/3/period", "ZWK-PLAN-003 /plan/measures/3/budget"),
        keys(v.canAdvance(b, StrategyStage.INTERIM_REVIEW)));
    // Nothing blocks stage 4: the stage-4 errors do not count for entering stage 4.
    assertEquals(List.of(), keys(v.canAdvance(b, StrategyStage.WORKSHOP_PLAN)));
    assertEquals(List.of(), keys(v.canAdvance(Fixtures.complete(), StrategyStage.INTERIM_REVIEW)));
    assertEquals(List.of(), keys(v.canAdvance(b, StrategyStage.KICK_OFF)));
  }

  @Test
  void unfinishedPredecessorsBlock() {
    StrategyValidator v = Fixtures.validator();
    MunicipalStrategy s = Fixtures.complete();
    s = s.withStages(Fixtures.set(s.stages(), 2, s.stages().get(2).withStatus(StageStatus.IN_PROGRESS)));
    List<Finding> blockers = v.canAdvance(s, StrategyStage.INTERIM_REVIEW);
    // Gate: stage 3 not completed; and STAGE-001 (stage 4 completed before stage 3) is an ERROR of stage 4.
    assertEquals(List.of("ZWK-GATE-001 /stages/2/status", "ZWK-STAGE-001 /stages/3/status"), keys(blockers));
    assertEquals("Die Stufe „Zukunftswerkstatt“ ist nicht abgeschlossen; die Stufe „Zwischenbilanz“ kann noch nicht beginnen.",
        blockers.get(0).message());
    // A strategy with no stage records: all earlier stages block, pointing at /stages.
    MunicipalStrategy empty = MunicipalStrategy.builder().municipality(s.municipality()).build();
    assertEquals(List.of("ZWK-GATE-001 /stages", "ZWK-GATE-001 /stages"), keys(v.canAdvance(empty, StrategyStage.FUTURE_WORKSHOP)));
  }

  @Test
  void maturityOfBarlebenByHand() {
    // Stages 1–3 completed without deductions: 100 each. Stage 3 has IDEA-001 (WARNING, −5): 95.
    // Stage 4 completed: SWOT-001 (W −5), PLAN-002 (E −20), PLAN-003 (E −20), COMM-001 (INFO 0),
    // CHECK-004 (W −5) → 100 − 50 = 50. Stage 5 in progress: 50.
    // Overall: (100 + 100 + 95 + 50 + 50) / 5 = 79.
    Maturity m = Fixtures.validator().maturity(SampleStrategies.barleben());
    assertEquals(List.of(100, 100, 95, 50, 50),
        m.stages().stream().map(StageMaturity::score).collect(Collectors.toList()));
    assertEquals(79, m.overall());
    assertEquals(List.of("ZWK-SWOT-001 5", "ZWK-PLAN-002 20", "ZWK-PLAN-003 20", "ZWK-CHECK-004 5"),
        m.stage(StrategyStage.WORKSHOP_PLAN).deductions().stream().map(d -> d.ruleId() + " " + d.points())
            .collect(Collectors.toList()));
  }

  @Test
  void maturityIsClampedAndNotStartedIsZero() {
    Maturity complete = Fixtures.validator().maturity(Fixtures.complete());
    // 4 × 100 + 50 (stage 5 in progress) = 450 / 5 = 90.
    assertEquals(90, complete.overall());
    MunicipalStrategy empty = MunicipalStrategy.builder().municipality(Fixtures.complete().municipality()).build();
    assertEquals(0, Fixtures.validator().maturity(empty).overall());
  }
}
