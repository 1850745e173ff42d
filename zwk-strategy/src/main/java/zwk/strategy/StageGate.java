// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.util.ArrayList;
import java.util.List;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;
import zwk.strategy.rule.RuleSet;

/**
 * The stage gate (<em>Stufen-Gate</em>): what blocks entering a stage of the Fünfstufen-Systematik.
 * A stage may be entered when every earlier stage is completed (else ZWK-GATE-001, one per
 * stage) and no ERROR finding belongs to an earlier stage.
 */
final class StageGate {
  private StageGate() {}

  /** ZWK-GATE-001, used only by the gate. */
  static final class PredecessorRule extends BaseRule {
    PredecessorRule() {
      super("ZWK-GATE-001", Severity.ERROR, StrategyStage.KICK_OFF);
    }

    @Override
    public void check(RuleContext context, FindingSink out) {
      throw new UnsupportedOperationException("ZWK-GATE-001 is evaluated by the stage gate only");
    }
  }

  private static final PredecessorRule GATE = new PredecessorRule();
  private static final RuleSet GATE_SET = RuleSet.of(List.of(GATE));

  static List<Finding> blockers(StrategyValidator v, MunicipalStrategy s, StrategyStage target, ValidationReport report) {
    FindingRenderer renderer = new FindingRenderer(GATE_SET, v.locale());
    FindingSink sink = renderer.sinkFor(GATE);
    for (StrategyStage p : StrategyStage.values()) {
      if (p.ordinal() >= target.ordinal()) {
        break;
      }
      if (s.statusOf(p) != StageStatus.COMPLETED) {
        int idx = indexOf(s, p);
        sink.at(idx < 0 ? "/stages" : JsonPointer.of("stages", idx, "status")).stage(p)
            .param("stage", p).param("target", target).emit();
      }
    }
    List<Finding> out = new ArrayList<>(renderer.findings());
    for (Finding f : report.findings()) {
      if (f.severity() == Severity.ERROR && f.stage().map(st -> st.ordinal() < target.ordinal()).orElse(false)) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  private static int indexOf(MunicipalStrategy s, StrategyStage stage) {
    for (int i = 0; i < s.stages().size(); i++) {
      if (s.stages().get(i).stage() == stage) {
        return i;
      }
    }
    return -1;
  }
}
