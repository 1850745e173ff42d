// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/** ZWK-STAGE-004: a stage cannot have been completed on a day after the reference date. */
final class StageFutureDateRule extends BaseRule {
  /** The rule. */
  public StageFutureDateRule() {
    super("ZWK-STAGE-004", Severity.WARNING, StrategyStage.KICK_OFF);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    List<StageRecord> stages = ctx.strategy().stages();
    for (int i = 0; i < stages.size(); i++) {
      StageRecord r = stages.get(i);
      if (r.completed().isPresent() && r.completed().get().isAfter(ctx.today())) {
        out.at(JsonPointer.of("stages", i, "completed")).stage(r.stage())
            .param("stage", r.stage()).param("completed", r.completed().get())
            .param("today", ctx.today()).emit();
      }
    }
  }
}
