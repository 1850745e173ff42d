// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.EnumSet;
import java.util.Set;
import zwk.model.catalogue.TargetGroup;
import zwk.model.participation.ParticipationEvent;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;
import zwk.strategy.rule.RuleParameter;

/**
 * ZWK-PART-002: participants of all participation events together cover at least
 * {@code minTargetGroups} (default 3) target groups with a count above zero: a strategy for all
 * generations hears more than one of them.
 */
final class TargetGroupCoverageRule extends BaseRule {
  /** The rule. */
  public TargetGroupCoverageRule() {
    super("ZWK-PART-002", Severity.WARNING, StrategyStage.FUTURE_WORKSHOP, RuleParameter.of("minTargetGroups", 3));
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.strategy().participation().isEmpty()) {
      return;
    }
    Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
    for (ParticipationEvent e : ctx.strategy().participation()) {
      e.participantsByTargetGroup().forEach((g, n) -> {
        if (n > 0) {
          groups.add(g);
        }
      });
    }
    int min = ctx.intThreshold("minTargetGroups");
    if (groups.size() < min) {
      out.at("/participation").param("targetGroups", groups.size()).param("minTargetGroups", min).emit();
    }
  }
}
