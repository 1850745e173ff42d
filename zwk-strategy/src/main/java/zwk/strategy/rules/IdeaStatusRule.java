// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import zwk.model.participation.Idea;
import zwk.model.participation.IdeaStatus;
import zwk.model.participation.ParticipationEvent;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-IDEA-002: an idea's status is backed by its data: an adopted idea names the measure it went
 * into (variant {@code noMeasure}), an answered idea has the answer given (variant {@code noAnswer}).
 */
final class IdeaStatusRule extends BaseRule {
  /** The rule. */
  public IdeaStatusRule() {
    super("ZWK-IDEA-002", Severity.WARNING, StrategyStage.FUTURE_WORKSHOP);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    List<ParticipationEvent> events = ctx.strategy().participation();
    for (int i = 0; i < events.size(); i++) {
      List<Idea> ideas = events.get(i).ideas();
      for (int j = 0; j < ideas.size(); j++) {
        Idea idea = ideas.get(j);
        if (idea.status() == IdeaStatus.ADOPTED && idea.adoptedIntoMeasureId().isEmpty()) {
          out.at(JsonPointer.of("participation", i, "ideas", j, "adoptedIntoMeasureId")).variant("noMeasure")
              .param("ideaId", idea.id()).param("text", Texts.cut(idea.text())).emit();
        } else if (idea.status() == IdeaStatus.ANSWERED && idea.answer().map(String::isBlank).orElse(true)) {
          out.at(JsonPointer.of("participation", i, "ideas", j, "answer")).variant("noAnswer")
              .param("ideaId", idea.id()).param("text", Texts.cut(idea.text())).emit();
        }
      }
    }
  }
}
