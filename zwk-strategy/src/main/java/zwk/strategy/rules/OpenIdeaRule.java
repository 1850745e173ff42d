// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import zwk.strategy.rule.RuleParameter;

/**
 * ZWK-IDEA-001 (closing the feedback loop): an idea from participation is adopted into a measure or
 * answered within {@code maxOpenIdeaDays} (default 180) days of its event. Ideas of undated events
 * are not judged.
 */
final class OpenIdeaRule extends BaseRule {
  /** The rule. */
  public OpenIdeaRule() {
    super("ZWK-IDEA-001", Severity.WARNING, StrategyStage.FUTURE_WORKSHOP, RuleParameter.of("maxOpenIdeaDays", 180));
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    int max = ctx.intThreshold("maxOpenIdeaDays");
    List<ParticipationEvent> events = ctx.strategy().participation();
    for (int i = 0; i < events.size(); i++) {
      ParticipationEvent e = events.get(i);
      if (e.date().isEmpty()) {
        continue;
      }
      LocalDate date = e.date().get();
      for (int j = 0; j < e.ideas().size(); j++) {
        Idea idea = e.ideas().get(j);
        long days = ChronoUnit.DAYS.between(date, ctx.today());
        if (idea.status() == IdeaStatus.OPEN && days > max) {
          var r = out.at(JsonPointer.of("participation", i, "ideas", j)).param("ideaId", idea.id())
              .param("text", Texts.cut(idea.text())).param("eventDate", date)
              .param("daysOpen", days).param("maxOpenIdeaDays", max);
          idea.actionFieldId().ifPresent(r::actionField);
          r.emit();
        }
      }
    }
  }
}
