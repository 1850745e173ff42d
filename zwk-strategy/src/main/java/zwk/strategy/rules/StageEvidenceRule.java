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
 * ZWK-STAGE-003: a completed stage has a completion date and evidence (minutes, documents,
 * decisions), so that the process is traceable. Variants {@code noDate}, {@code noEvidence}.
 */
final class StageEvidenceRule extends BaseRule {
  /** The rule. */
  public StageEvidenceRule() {
    super("ZWK-STAGE-003", Severity.WARNING, StrategyStage.KICK_OFF);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    List<StageRecord> stages = ctx.strategy().stages();
    for (int i = 0; i < stages.size(); i++) {
      StageRecord r = stages.get(i);
      if (r.status() != StageStatus.COMPLETED) {
        continue;
      }
      if (r.completed().isEmpty()) {
        out.at(JsonPointer.of("stages", i, "completed")).stage(r.stage()).variant("noDate")
            .param("stage", r.stage()).emit();
      }
      if (r.evidence().isEmpty()) {
        out.at(JsonPointer.of("stages", i, "evidence")).stage(r.stage()).variant("noEvidence")
            .param("stage", r.stage()).emit();
      }
    }
  }
}
