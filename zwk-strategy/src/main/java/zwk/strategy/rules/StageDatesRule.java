// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-STAGE-002: stage dates are consistent with the order of the stages: a stage is not completed
 * before its predecessor was completed.
 */
final class StageDatesRule extends BaseRule {
  /** The rule. */
  public StageDatesRule() {
    super("ZWK-STAGE-002", Severity.ERROR, StrategyStage.KICK_OFF);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    List<StageRecord> stages = ctx.strategy().stages();
    for (int i = 0; i < stages.size(); i++) {
      StageRecord r = stages.get(i);
      if (r.completed().isEmpty() || r.stage().predecessor().isEmpty()) {
        continue;
      }
      StrategyStage pred = r.stage().predecessor().get();
      Optional<LocalDate> predDone = ctx.strategy().stage(pred).flatMap(StageRecord::completed);
      if (predDone.isPresent() && r.completed().get().isBefore(predDone.get())) {
        out.at(JsonPointer.of("stages", i, "completed")).stage(r.stage())
            .param("stage", r.stage()).param("completed", r.completed().get())
            .param("predecessor", pred).param("predecessorCompleted", predDone.get()).emit();
      }
    }
  }
}
