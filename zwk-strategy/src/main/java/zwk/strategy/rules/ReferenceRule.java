// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.List;
import java.util.Set;
import zwk.model.participation.Idea;
import zwk.model.participation.ParticipationEvent;
import zwk.model.plan.ImplementationStep;
import zwk.model.plan.Measure;
import zwk.model.profile.ExistingMeasure;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-REF-001: every id that refers to another object exists: departments (lead, partners,
 * responsible for a step), actors (partners, event participants), tools, ideas, goals, parent and
 * linked measures (plan or inventory), the measure an idea was adopted into. Parameters: the
 * dangling {@code id} and its {@code kind}.
 */
final class ReferenceRule extends BaseRule {
  /** The rule. */
  public ReferenceRule() {
    super("ZWK-REF-001", Severity.ERROR, StrategyStage.WORKSHOP_PLAN);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    if (ctx.profile().isPresent()) {
      List<ExistingMeasure> inv = ctx.profile().get().inventory();
      for (int i = 0; i < inv.size(); i++) {
        ExistingMeasure e = inv.get(i);
        String base = JsonPointer.of("profile", "inventory", i);
        if (e.leadDepartmentId().isPresent() && !ctx.departmentIds().contains(e.leadDepartmentId().get())) {
          emit(out, base + "/leadDepartmentId", "department", e.leadDepartmentId().get(), StrategyStage.PROFILE);
        }
        eachMissing(out, base, "linkedMeasureIds", "measure", e.linkedMeasureIds(), ctx.measureIds(),
            ctx.inventoryIds(), StrategyStage.PROFILE);
      }
    }
    List<ParticipationEvent> events = ctx.strategy().participation();
    for (int i = 0; i < events.size(); i++) {
      ParticipationEvent ev = events.get(i);
      eachMissing(out, JsonPointer.of("participation", i), "actorIds", "actor", ev.actorIds(), ctx.actorIds(),
          Set.of(), StrategyStage.FUTURE_WORKSHOP);
      for (int j = 0; j < ev.ideas().size(); j++) {
        Idea idea = ev.ideas().get(j);
        if (idea.adoptedIntoMeasureId().isPresent() && !ctx.measureIds().contains(idea.adoptedIntoMeasureId().get())) {
          emit(out, JsonPointer.of("participation", i, "ideas", j, "adoptedIntoMeasureId"), "measure",
              idea.adoptedIntoMeasureId().get(), StrategyStage.FUTURE_WORKSHOP);
        }
      }
    }
    if (ctx.plan().isEmpty()) {
      return;
    }
    List<Measure> measures = ctx.plan().get().measures();
    StrategyStage s = StrategyStage.WORKSHOP_PLAN;
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      String base = JsonPointer.of("plan", "measures", i);
      if (m.parentId().isPresent() && !ctx.measureIds().contains(m.parentId().get())) {
        emit(out, base + "/parentId", "measure", m.parentId().get(), s);
      }
      eachMissing(out, base, "goalIds", "goal", m.goalIds(), ctx.goalIds(), Set.of(), s);
      if (m.leadDepartmentId().isPresent() && !m.leadDepartmentId().get().isBlank()
          && !ctx.departmentIds().contains(m.leadDepartmentId().get())) {
        emit(out, base + "/leadDepartmentId", "department", m.leadDepartmentId().get(), s);
      }
      eachMissing(out, base, "partnerDepartmentIds", "department", m.partnerDepartmentIds(), ctx.departmentIds(), Set.of(), s);
      eachMissing(out, base, "partnerActorIds", "actor", m.partnerActorIds(), ctx.actorIds(), Set.of(), s);
      eachMissing(out, base, "toolIds", "tool", m.toolIds(), ctx.toolIds(), Set.of(), s);
      eachMissing(out, base, "ideaIds", "idea", m.ideaIds(), ctx.ideaIds(), Set.of(), s);
      eachMissing(out, base, "linkedMeasureIds", "measure", m.linkedMeasureIds(), ctx.measureIds(), ctx.inventoryIds(), s);
      for (int k = 0; k < m.steps().size(); k++) {
        ImplementationStep step = m.steps().get(k);
        if (step.responsibleDepartmentId().isPresent()
            && !ctx.departmentIds().contains(step.responsibleDepartmentId().get())) {
          emit(out, base + "/steps/" + k + "/responsibleDepartmentId", "department",
              step.responsibleDepartmentId().get(), s);
        }
      }
    }
  }

  /** Reports each id of the list that is in neither set; {@code base} is only concatenated on a miss. */
  private static void eachMissing(FindingSink out, String base, String property, String kind, List<String> ids,
      Set<String> known, Set<String> alsoKnown, StrategyStage stage) {
    for (int k = 0; k < ids.size(); k++) {
      if (!known.contains(ids.get(k)) && !alsoKnown.contains(ids.get(k))) {
        emit(out, base + "/" + property + "/" + k, kind, ids.get(k), stage);
      }
    }
  }

  private static void emit(FindingSink out, String path, String kind, String id, StrategyStage stage) {
    out.at(path).stage(stage).variant(kind).param("kind", kind).param("id", Texts.cut(id)).emit();
  }
}
