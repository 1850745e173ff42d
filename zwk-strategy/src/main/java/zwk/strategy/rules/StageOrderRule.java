// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-STAGE-001: no stage is completed before all its predecessors are (the Fünfstufen-Systematik
 * builds each stage on the one before).
 */
final class StageOrderRule extends BaseRule {
  /** The rule. */
  public StageOrderRule() {
    super("ZWK-STAGE-001", Severity.ERROR, StrategyStage.KICK_OFF);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    List<StageRecord> stages = ctx.strategy().stages();
    for (int i = 0; i < stages.size(); i++) {
      StageRecord r = stages.get(i);
      if (r.status() != StageStatus.COMPLETED) {
        continue;
      }
      for (StrategyStage p = r.stage().predecessor().orElse(null); p != null; p = p.predecessor().orElse(null)) {
        if (ctx.strategy().statusOf(p) != StageStatus.COMPLETED) {
          out.at(JsonPointer.of("stages", i, "status")).stage(r.stage())
              .param("stage", r.stage()).param("predecessor", p).emit();
          break;
        }
      }
    }
  }
}
