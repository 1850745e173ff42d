// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import zwk.model.catalogue.ActorType;
import zwk.model.common.Labelled;
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
 * {@code noAdministration}, {@code noCivilSociety}; parameter {@code missingActorTypes}, the
 * actor types of the missing side (constant names as data, their labels in the message).
 */
final class PartnershipRule extends BaseRule {
  private static final List<ActorType> ADMINISTRATION = List.of(ActorType.ADMINISTRATION);
  private static final List<ActorType> CIVIL_SOCIETY = Arrays.stream(ActorType.values())
      .filter(t -> t.sphere() == ActorType.Sphere.CIVIL_SOCIETY).collect(Collectors.toUnmodifiableList());

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
      out.at("/participation").variant("noAdministration")
          .param("missingActorTypes", ADMINISTRATION, alternatives(ADMINISTRATION)).emit();
    }
    if (!civil) {
      out.at("/participation").variant("noCivilSociety")
          .param("missingActorTypes", CIVIL_SOCIETY, alternatives(CIVIL_SOCIETY)).emit();
    }
  }

  /** The quoted labels joined as alternatives: „a“, „b“ oder „c“ / "a", "b" or "c". */
  private static Labelled alternatives(List<ActorType> types) {
    return Labelled.of(
        join(types.stream().map(t -> "„" + t.germanLabel() + "“").collect(Collectors.toList()), " oder "),
        join(types.stream().map(t -> "\"" + t.englishLabel() + "\"").collect(Collectors.toList()), " or "));
  }

  private static String join(List<String> parts, String lastSeparator) {
    if (parts.size() < 2) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + lastSeparator + parts.get(parts.size() - 1);
  }
}
