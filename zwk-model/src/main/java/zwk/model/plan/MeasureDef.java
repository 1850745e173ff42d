// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;
import zwk.model.catalogue.TargetGroup;
import zwk.model.check.DemographyCheck;
import zwk.model.common.Period;
import zwk.model.council.CouncilPaper;

/**
 * A measure or project of the Werkstattplan (<em>Maßnahme, Projekt</em>) with its implementation
 * plan (<em>Umsetzungsplan</em>): owner, partners, period, budget, target groups, status, progress,
 * milestones, indicators, tools used and the ideas it came from. A measure with a
 * {@link #parentId()} is a sub-project; the parent's progress rolls up from its children
 * ({@link WorkshopPlan#progressOf(String)}).
 *
 * <p>Invariants: progress 0–100, weight not negative, not its own parent. Everything else (owner,
 * dates, budget …) may be missing while the plan is in progress; the validator reports it.
 */
@Value.Immutable
@ZwkStyle
abstract class MeasureDef {

  /** Id, unique within the strategy, e.g. {@code "m-7"}. */
  abstract String id();

  /** Id in an external system (e.g. a spreadsheet row), so re-imports update instead of duplicate. */
  abstract Optional<String> externalId();

  /** Parent measure (id), for sub-projects. */
  abstract Optional<String> parentId();

  /** Title. */
  @NotBlank
  abstract String title();

  /** Description. */
  abstract Optional<String> description();

  /** Goals (ids) the measure serves. */
  abstract List<String> goalIds();

  /** Action fields (ids). */
  abstract List<String> actionFieldIds();

  /** Target groups. */
  abstract List<TargetGroup> targetGroups();

  /** Lead department (<em>Federführung</em>, id). */
  abstract Optional<String> leadDepartmentId();

  /** Partner departments (ids) inside the administration. */
  abstract List<String> partnerDepartmentIds();

  /** External partners (actor ids). */
  abstract List<String> partnerActorIds();

  /** Period (<em>Laufzeit</em>). */
  @Value.Default
  Period period() {
    return Period.builder().build();
  }

  /** Budget. */
  abstract Optional<Budget> budget();

  /** Status. */
  @Value.Default
  MeasureStatus status() {
    return MeasureStatus.PLANNED;
  }

  /**
   * Progress in percent, 0–100, where reported: the share of the measure that is done, times 100
   * (fractional where the source reports it so, e.g. Decidim's 46.33 for a parent result).
   */
  abstract Optional<Double> progressPercent();

  /** Weight in the roll-up of its parent's progress. */
  abstract Optional<Double> weight();

  /** Implementation steps and milestones. */
  abstract List<ImplementationStep> steps();

  /** Indicators with baseline and target. */
  abstract List<@Valid MeasureIndicator> indicators();

  /** Tools of the Werkzeugkoffer used (ids). */
  abstract List<String> toolIds();

  /** Ideas from participation it came from (ids). */
  abstract List<String> ideaIds();

  /** Measures (plan or inventory ids) it is deliberately coordinated with. */
  abstract List<String> linkedMeasureIds();

  /** The Demografie-Check of the measure, if done. */
  abstract Optional<DemographyCheck> demographyCheck();

  /** The council paper (<em>Drucksache</em>) that proposes or decides the measure, if any. */
  abstract Optional<CouncilPaper> councilPaper();

  /** The record in another system (e.g. a Decidim result) the measure was imported from or is kept in sync with. */
  abstract Optional<ExternalRecord> externalRecord();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
    if (progressPercent().isPresent() && !(progressPercent().get() >= 0 && progressPercent().get() <= 100)) {
      throw new IllegalArgumentException("progressPercent: expected 0..100, got " + progressPercent().get());
    }
    if (weight().isPresent() && !(weight().get() >= 0 && Double.isFinite(weight().get()))) {
      throw new IllegalArgumentException("weight: expected a finite number >= 0, got " + weight().get());
    }
    if (parentId().isPresent() && parentId().get().equals(id())) {
      throw new IllegalArgumentException("parentId: expected another measure's id, got its own id '" + id() + "'");
    }
  }
}
