// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import zwk.model.plan.Goal;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.Measure;
import zwk.model.profile.SwotEntry;
import zwk.model.region.Municipality;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;

/**
 * A municipality as a possible mentor or mentee: its action fields and, where its strategy is
 * known, the last stage of the Fünfstufen-Systematik it has completed.
 *
 * @param municipality the municipality (with its programme memberships and cluster)
 * @param actionFieldIds the action fields it works on
 * @param completedStage the furthest completed stage; empty when unknown or none completed
 */
public record MentorCandidate(Municipality municipality, Set<String> actionFieldIds, Optional<StrategyStage> completedStage) {

  /** Copies the set. */
  public MentorCandidate {
    Objects.requireNonNull(municipality, "municipality");
    actionFieldIds = Set.copyOf(actionFieldIds);
    Objects.requireNonNull(completedStage, "completedStage");
  }

  /**
   * From a strategy: the action fields of its Werkstattplan (guiding lines, goals, measures), of its
   * SWOT and of its adopted tools; the furthest stage with status completed.
   */
  public static MentorCandidate of(MunicipalStrategy s) {
    Set<String> fields = new LinkedHashSet<>();
    s.plan().ifPresent(p -> {
      for (GuidingLine g : p.guidingLines()) {
        fields.addAll(g.actionFieldIds());
      }
      for (Goal g : p.goals()) {
        fields.addAll(g.actionFieldIds());
      }
      for (Measure m : p.measures()) {
        fields.addAll(m.actionFieldIds());
      }
    });
    s.profile().ifPresent(p -> p.swot().stream().map(SwotEntry::actionFieldId).flatMap(Optional::stream).forEach(fields::add));
    s.tools().forEach(t -> fields.addAll(t.actionFieldIds()));
    Optional<StrategyStage> stage = Optional.empty();
    for (StrategyStage st : StrategyStage.values()) {
      if (s.statusOf(st) == StageStatus.COMPLETED) {
        stage = Optional.of(st);
      }
    }
    return new MentorCandidate(s.municipality(), fields, stage);
  }
}
