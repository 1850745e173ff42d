// SPDX-License-Identifier: Apache-2.0
package zwk.model.strategy;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.Actor;
import zwk.model.catalogue.Department;
import zwk.model.check.DemographyCheck;
import zwk.model.participation.Idea;
import zwk.model.participation.ParticipationEvent;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.MunicipalProfile;
import zwk.model.programme.Mentorship;
import zwk.model.region.Municipality;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.toolbox.Tool;

/**
 * The whole record of one municipality's demography work (<em>kommunale Demografiestrategie</em>):
 * the aggregate root that a vendor stores and the validator checks. It holds the municipality, the
 * state of the five stages, the Kommunalprofil, the participation events, the Werkstattplan, the
 * departments and actors it refers to, the tools it adopted, its own action fields, mentorships and
 * Demografie-Checks.
 *
 * <p>Invariants: at most one record per stage; ids unique within departments, actors, tools,
 * participation events, ideas (across all events) and own action fields. Everything may be empty:
 * a strategy that has just had its kick-off is a normal thing to hold.
 */
@Value.Immutable
@ZwkStyle
abstract class MunicipalStrategyDef {

  /** Id of the strategy document, if the caller keeps one. */
  abstract Optional<String> id();

  /** The municipality. */
  abstract @Valid Municipality municipality();

  /** Date the record was last updated (<em>Stand</em>). */
  abstract Optional<LocalDate> asOf();

  /** Records of the five stages (missing stages count as not started). */
  abstract List<@Valid StageRecord> stages();

  /** The Kommunalprofil. */
  abstract Optional<@Valid MunicipalProfile> profile();

  /** Participation events. */
  abstract List<@Valid ParticipationEvent> participation();

  /** The Werkstattplan. */
  abstract Optional<@Valid WorkshopPlan> plan();

  /** Departments of the administration referred to by id. */
  abstract List<@Valid Department> departments();

  /** Actors referred to by id. */
  abstract List<@Valid Actor> actors();

  /** Tools of the Werkzeugkoffer adopted (referred to by id from measures). */
  abstract List<@Valid Tool> tools();

  /** The municipality's own action fields beyond the standard catalogue. */
  abstract List<ActionField> ownActionFields();

  /** Mentorships the municipality is part of. */
  abstract List<Mentorship> mentorships();

  /** Demografie-Checks of council proposals. */
  abstract List<DemographyCheck> demographyChecks();

  /** The record of a stage, if any. */
  public Optional<StageRecord> stage(StrategyStage stage) {
    return stages().stream().filter(r -> r.stage() == stage).findFirst();
  }

  /** Status of a stage; {@link StageStatus#NOT_STARTED} when there is no record. */
  public StageStatus statusOf(StrategyStage stage) {
    return stage(stage).map(StageRecord::status).orElse(StageStatus.NOT_STARTED);
  }

  /** All ideas of all participation events, in event order. */
  public List<Idea> ideas() {
    return participation().stream().flatMap(e -> e.ideas().stream()).collect(Collectors.toList());
  }

  @Value.Check
  void check() {
    Invariants.uniqueIds("stages", stages(), r -> r.stage().name());
    Invariants.uniqueIds("departments", departments(), Department::id);
    Invariants.uniqueIds("actors", actors(), Actor::id);
    Invariants.uniqueIds("tools", tools(), Tool::id);
    Invariants.uniqueIds("participation", participation(), ParticipationEvent::id);
    if (!participation().isEmpty()) {
      Invariants.uniqueIds("ideas", ideas(), Idea::id);
    }
    Invariants.uniqueIds("ownActionFields", ownActionFields(), ActionField::id);
  }


  /** Municipality and stage states; no personal data. */
  @Override
  public String toString() {
    return "MunicipalStrategy{" + municipality() + ", stages=" + stages().stream()
        .map(r -> r.stage() + ":" + r.status()).collect(Collectors.joining(",")) + "}";
  }
}
