package zwk.strategy.rules;

import zwk.model.catalogue.ActorType;
import zwk.model.participation.ParticipationEvent;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-PART-003 ("Ehrenamt und Hauptamt als Partner"): participation includes both staff of the
 * administration ({@link ActorType#ADMINISTRATION}) and civil society (actor types of sphere
 * {@link ActorType.Sphere#CIVIL_SOCIETY}: volunteers, associations, citizens). Variants
 * {@code noAdministration}, {@code noCivilSociety}.
 */
public final class PartnershipRule extends BaseRule {
  /** The rule. */
  public PartnershipRule() {
    super("ZWK-PART-003", Severity.WARNING, StrategyStage.FUTURE_WORKSHOP);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.strategy().participation().isEmpty()) {
      return;
    }
    boolean administration = false;
    boolean civil = false;
    for (ParticipationEvent e : ctx.strategy().participation()) {
      for (var entry : e.participantsByActorType().entrySet()) {
        if (entry.getValue() > 0) {
          administration |= entry.getKey() == ActorType.ADMINISTRATION;
          civil |= entry.getKey().sphere() == ActorType.Sphere.CIVIL_SOCIETY;
        }
      }
    }
    if (!administration) {
      out.at("/participation").variant("noAdministration").emit();
    }
    if (!civil) {
      out.at("/participation").variant("noCivilSociety").emit();
    }
  }
}
