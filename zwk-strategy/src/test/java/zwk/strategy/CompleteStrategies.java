// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.Actor;
import zwk.model.catalogue.ActorType;
import zwk.model.catalogue.Department;
import zwk.model.catalogue.TargetGroup;
import zwk.model.check.AgeGroup;
import zwk.model.check.DemographyCheck;
import zwk.model.common.Period;
import zwk.model.participation.ActionFieldPriority;
import zwk.model.participation.Idea;
import zwk.model.participation.IdeaStatus;
import zwk.model.participation.ParticipationEvent;
import zwk.model.participation.ParticipationFormat;
import zwk.model.plan.Budget;
import zwk.model.plan.Goal;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureIndicator;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.ExistingMeasure;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.programme.FundingKind;
import zwk.model.stage.StageRecord;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;
import zwk.testkit.RegionGenerators;
import zwk.testkit.TextGenerators;

/**
 * A generator of <em>complete</em> strategies: every rule of the catalogue is satisfied on
 * {@link Fixtures#TODAY} with default thresholds, so the validator must report nothing. Built on the
 * zwk-testkit generators for municipalities and hostile text.
 *
 * <p>How each rule is satisfied (the timeline counts back from {@code TODAY}):
 * <ul>
 *   <li>adoption {@code A} = TODAY − 30…700 days; workshop {@code W} = A − 1…20; profile date
 *       {@code P} = W − 1…900 (so A − P ≤ 920 days &lt; 3 years); stages 1–4 completed on P − 60,
 *       P, W, A with evidence; stage 5 in progress since A + 1 (REVIEW-002 always satisfied);
 *       last review = the later of A and TODAY − 0…300 days (REVIEW-001).
 *   <li>3–6 departments; every measure is led by one and has all others as partners, so at least
 *       3 departments take part even when one lead is removed (DEPT-001).
 *   <li>1–2 guiding lines with 1–3 goals, each goal with one standard action field and 2–3
 *       measures in that field (PLAN-005 still holds when one measure loses its goal); every
 *       measure has a lead, a complete period, a budget (amount with own funds, or "no cost"),
 *       1–3 target groups, and links to all other measures and inventory entries (no PAR-001).
 *       Indicators have baseline and target. One measure is in public-relations (COMM-001).
 *   <li>SWOT: weaknesses and threats lie in a goal's field or carry a deferral reason; every entry
 *       has an action field. Inventory entries are run by providers, not departments.
 *   <li>One workshop-equivalent event on W with ≥ 3 target groups, administration and citizens,
 *       priorities, and ideas that are adopted into existing measures or answered.
 *   <li>Demografie-Checks answer all four questions. Texts come from
 *       {@link TextGenerators#nonBlankText(int)} and include template syntax.
 * </ul>
 */
public final class CompleteStrategies {
  private CompleteStrategies() {}

  private static int range(RandomnessSource in, int lo, int hi) {
    return Generate.range(lo, hi).generate(in);
  }

  private static String text(RandomnessSource in) {
    return TextGenerators.nonBlankText(4).generate(in);
  }

  private static final List<String> FIELDS = List.of("housing", "mobility", "health-care", "education",
      "leisure", "work-economy", "civic-engagement", "seniors");

  private static final List<ParticipationFormat> WORKSHOPS = List.of(ParticipationFormat.FUTURE_WORKSHOP,
      ParticipationFormat.MOBILE_FUTURE_WORKSHOP, ParticipationFormat.CITIZEN_WORKSHOP,
      ParticipationFormat.ONLINE_PARTICIPATION);

  /** Complete strategies. */
  public static Gen<MunicipalStrategy> strategies() {
    return in -> {
      LocalDate today = Fixtures.TODAY;
      LocalDate adopted = today.minusDays(range(in, 30, 700));
      LocalDate workshop = adopted.minusDays(range(in, 1, 20));
      LocalDate profileDate = workshop.minusDays(range(in, 1, 900));
      LocalDate reviewed = today.minusDays(range(in, 0, 300));
      if (reviewed.isBefore(adopted)) {
        reviewed = adopted;
      }

      int nDept = range(in, 3, 6);
      List<Department> departments = new ArrayList<>();
      for (int i = 0; i < nDept; i++) {
        departments.add(Department.builder().id("dep-" + i).name(text(in)).build());
      }
      List<Actor> actors = new ArrayList<>();
      int nActors = range(in, 1, 3);
      for (int i = 0; i < nActors; i++) {
        actors.add(Actor.builder().id("actor-" + i).name(text(in))
            .type(Generate.enumValues(ActorType.class).generate(in)).build());
      }

      int nInventory = range(in, 1, 2);
      List<ExistingMeasure> inventory = new ArrayList<>();
      for (int i = 0; i < nInventory; i++) {
        inventory.add(ExistingMeasure.builder().id("inv-" + i).title(text(in))
            .addActionFieldIds(FIELDS.get(range(in, 0, FIELDS.size() - 1)))
            .addTargetGroups(Generate.enumValues(TargetGroup.class).generate(in)).provider(text(in)).build());
      }

      // Guiding lines, goals and measures.
      List<GuidingLine> lines = new ArrayList<>();
      List<Measure> measures = new ArrayList<>();
      List<String> goalFields = new ArrayList<>();
      int goalNo = 0;
      int nLines = range(in, 1, 2);
      for (int l = 0; l < nLines; l++) {
        GuidingLine.Builder line = GuidingLine.builder().id("gl-" + l).title(text(in));
        int nGoals = range(in, 1, 3);
        for (int g = 0; g < nGoals; g++) {
          String goalId = "g-" + goalNo++;
          String field = FIELDS.get(range(in, 0, FIELDS.size() - 1));
          goalFields.add(field);
          Goal.Builder goal = Goal.builder().id(goalId).title(text(in)).addActionFieldIds(field);
          if (range(in, 0, 1) == 1) {
            goal.addIndicators(indicator(in));
          }
          line.addActionFieldIds(field).addGoals(goal.build());
          int nMeasures = range(in, 2, 3);
          for (int k = 0; k < nMeasures; k++) {
            measures.add(measure(in, "m-" + measures.size(), goalId, field, departments, adopted));
          }
        }
        lines.add(line.build());
      }
      // Public relations (COMM-001) as an extra field of the first measure.
      Measure first = measures.get(0);
      measures.set(0, first.withActionFieldIds(first.actionFieldIds().get(0), ActionFields.PUBLIC_RELATIONS.id()));
      // Everything is deliberately coordinated: no parallel structures.
      List<String> allIds = new ArrayList<>();
      measures.forEach(m -> allIds.add(m.id()));
      inventory.forEach(e -> allIds.add(e.id()));
      for (int i = 0; i < measures.size(); i++) {
        Measure m = measures.get(i);
        List<String> links = new ArrayList<>(allIds);
        links.remove(m.id());
        measures.set(i, m.withLinkedMeasureIds(links));
      }

      List<SwotEntry> swot = new ArrayList<>();
      int nSwot = range(in, 1, 4);
      for (int i = 0; i < nSwot; i++) {
        SwotCategory c = Generate.enumValues(SwotCategory.class).generate(in);
        SwotEntry.Builder e = SwotEntry.builder().id("s-" + i).category(c).text(text(in));
        if (c.isPositive()) {
          e.actionFieldId(FIELDS.get(range(in, 0, FIELDS.size() - 1)));
        } else if (range(in, 0, 3) == 0) {
          e.actionFieldId(FIELDS.get(range(in, 0, FIELDS.size() - 1))).deferralReason(text(in));
        } else {
          e.actionFieldId(goalFields.get(range(in, 0, goalFields.size() - 1)));
        }
        swot.add(e.build());
      }

      MunicipalProfile profile = MunicipalProfile.builder().asOf(profileDate).inventory(inventory).swot(swot)
          .interviewCount(range(in, 0, 20)).build();

      ParticipationEvent.Builder event = ParticipationEvent.builder().id("p-0").title(text(in))
          .format(WORKSHOPS.get(range(in, 0, WORKSHOPS.size() - 1))).date(workshop);
      Map<TargetGroup, Integer> groups = new TreeMap<>();
      while (groups.size() < 3 || range(in, 0, 2) == 0 && groups.size() < 8) {
        groups.put(Generate.enumValues(TargetGroup.class).generate(in), range(in, 1, 40));
      }
      event.participantsByTargetGroup(groups)
          .putParticipantsByActorType(ActorType.ADMINISTRATION, range(in, 1, 10))
          .putParticipantsByActorType(ActorType.CITIZENS, range(in, 1, 80))
          .addPriorities(ActionFieldPriority.builder().actionFieldId(goalFields.get(0)).rank(1).build());
      for (Actor a : actors) {
        if (range(in, 0, 1) == 1) {
          event.addActorIds(a.id());
        }
      }
      int nIdeas = range(in, 0, 3);
      for (int i = 0; i < nIdeas; i++) {
        Idea.Builder idea = Idea.builder().id("i-" + i).text(text(in)).decidedOn(adopted);
        if (range(in, 0, 1) == 0) {
          idea.status(IdeaStatus.ADOPTED).adoptedIntoMeasureId(measures.get(range(in, 0, measures.size() - 1)).id());
        } else {
          idea.status(IdeaStatus.ANSWERED).answer(text(in));
        }
        event.addIdeas(idea.build());
      }

      List<DemographyCheck> checks = new ArrayList<>();
      int nChecks = range(in, 0, 2);
      for (int i = 0; i < nChecks; i++) {
        checks.add(DemographyCheck.builder().subject(text(in)).addAffectedAgeGroups(
            Generate.enumValues(AgeGroup.class).generate(in)).futureGenerationsAssessment(text(in))
            .followUpCostsAssessment(text(in)).accessibilityAssessment(text(in)).build());
      }

      WorkshopPlan plan = WorkshopPlan.builder().title(text(in)).adoptedOn(adopted).lastReviewedOn(reviewed)
          .guidingLines(lines).measures(measures).build();

      return MunicipalStrategy.builder()
          .municipality(RegionGenerators.municipalities().generate(in))
          .addStages(stage(StrategyStage.KICK_OFF, profileDate.minusDays(60), in))
          .addStages(stage(StrategyStage.PROFILE, profileDate, in))
          .addStages(stage(StrategyStage.FUTURE_WORKSHOP, workshop, in))
          .addStages(stage(StrategyStage.WORKSHOP_PLAN, adopted, in))
          .addStages(StageRecord.builder().stage(StrategyStage.INTERIM_REVIEW).status(StageStatus.IN_PROGRESS)
              .started(adopted.plusDays(1)).build())
          .profile(profile)
          .addParticipation(event.build())
          .plan(plan)
          .departments(departments)
          .actors(actors)
          .demographyChecks(checks)
          .build();
    };
  }

  private static StageRecord stage(StrategyStage s, LocalDate completed, RandomnessSource in) {
    return StageRecord.builder().stage(s).status(StageStatus.COMPLETED).started(completed.minusDays(10))
        .completed(completed).addEvidence(text(in)).build();
  }

  private static MeasureIndicator indicator(RandomnessSource in) {
    return MeasureIndicator.builder().name(text(in)).baseline((double) range(in, 0, 100))
        .target((double) range(in, 0, 500)).build();
  }

  private static Measure measure(RandomnessSource in, String id, String goalId, String field,
      List<Department> departments, LocalDate adopted) {
    int lead = range(in, 0, departments.size() - 1);
    List<String> partners = new ArrayList<>();
    for (int i = 0; i < departments.size(); i++) {
      if (i != lead) {
        partners.add(departments.get(i).id());
      }
    }
    EnumSet<TargetGroup> targets = EnumSet.noneOf(TargetGroup.class);
    int nTargets = range(in, 1, 3);
    while (targets.size() < nTargets) {
      targets.add(Generate.enumValues(TargetGroup.class).generate(in));
    }
    LocalDate start = adopted.plusDays(range(in, 0, 365));
    Budget budget = range(in, 0, 1) == 0 ? Budget.none()
        : Budget.builder().amountEur(BigDecimal.valueOf(range(in, 1, 2_000_000), 2)).fundingKind(FundingKind.OWN_FUNDS).build();
    Measure.Builder m = Measure.builder().id(id).title(text(in)).addGoalIds(goalId).addActionFieldIds(field)
        .targetGroups(targets).leadDepartmentId(departments.get(lead).id()).partnerDepartmentIds(partners)
        .period(Period.of(start, start.plusDays(range(in, 0, 1500)))).budget(budget)
        .status(List.of(MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS, MeasureStatus.COMPLETED).get(range(in, 0, 2)));
    if (range(in, 0, 2) == 0) {
      m.addIndicators(indicator(in));
    }
    return m.build();
  }
}
