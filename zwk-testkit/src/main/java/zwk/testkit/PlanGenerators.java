// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import static zwk.testkit.GenSupport.chance;
import static zwk.testkit.GenSupport.intIn;
import static zwk.testkit.GenSupport.listOf;
import static zwk.testkit.GenSupport.maybe;
import static zwk.testkit.TextGenerators.anyText;
import static zwk.testkit.TextGenerators.nonBlankText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import zwk.model.catalogue.TargetGroup;
import zwk.model.check.AgeGroup;
import zwk.model.check.DemographyCheck;
import zwk.model.plan.Budget;
import zwk.model.plan.Goal;
import zwk.model.plan.GuidingLine;
import zwk.model.plan.ImplementationStep;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureIndicator;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.PlanRevision;
import zwk.model.plan.WorkshopPlan;
import zwk.model.programme.FundingKind;

/** Generators for the Werkstattplan. */
public final class PlanGenerators {
  private PlanGenerators() {}

  /** Budgets: an amount, explicitly no cost, or neither. */
  public static Gen<Budget> budgets() {
    return in -> {
      Budget.Builder b = Budget.builder().fundingKind(maybe(in, Generate.enumValues(FundingKind.class)))
          .fundingSource(maybe(in, nonBlankText(3)));
      switch (intIn(in, 0, 2)) {
        case 0:
          return b.amountEur(GenSupport.euros().generate(in)).build();
        case 1:
          return b.noCost(true).build();
        default:
          return b.build();
      }
    };
  }

  /** Indicators of goals and measures. */
  public static Gen<MeasureIndicator> measureIndicators() {
    return in -> MeasureIndicator.builder().name(nonBlankText(4).generate(in))
        .indicatorId(maybe(in, in2 -> "ind_" + intIn(in2, 0, 99))).unit(maybe(in, nonBlankText(1)))
        .baseline(maybe(in, GenSupport.finiteDoubles())).baselineDate(maybe(in, GenSupport.dates()))
        .target(maybe(in, GenSupport.finiteDoubles())).targetDate(maybe(in, GenSupport.dates()))
        .current(maybe(in, GenSupport.finiteDoubles())).build();
  }

  /** Implementation steps. */
  public static Gen<ImplementationStep> steps() {
    return in -> ImplementationStep.builder().title(nonBlankText(4).generate(in)).due(maybe(in, GenSupport.dates()))
        .doneOn(maybe(in, GenSupport.dates()))
        .responsibleDepartmentId(maybe(in, in2 -> TextGenerators.id("dep", intIn(in2, 0, 5)))).build();
  }

  /** Demografie-Checks. */
  public static Gen<DemographyCheck> demographyChecks() {
    return in -> DemographyCheck.builder().subject(nonBlankText(4).generate(in)).date(maybe(in, GenSupport.dates()))
        .affectedAgeGroups(GenSupport.subset(in, AgeGroup.class, 3))
        .futureGenerationsAssessment(maybe(in, nonBlankText(5)))
        .followUpCostsAssessment(maybe(in, nonBlankText(5)))
        .followUpCostsEurPerYear(maybe(in, GenSupport.euros()))
        .accessibilityAssessment(maybe(in, nonBlankText(5)))
        .councilPaper(maybe(in, councilPapers())).build();
  }

  /** Council paper references (an OParl-like URL, a reference, or both). */
  public static Gen<zwk.model.council.CouncilPaper> councilPapers() {
    return in -> {
      int kind = intIn(in, 0, 2);
      zwk.model.council.CouncilPaper.Builder b = zwk.model.council.CouncilPaper.builder()
          .date(maybe(in, GenSupport.dates())).name(maybe(in, nonBlankText(6)))
          .paperType(maybe(in, nonBlankText(3)));
      if (kind != 1) {
        b.url("https://ris.example.org/oparl/paper/" + intIn(in, 1, 99999));
      }
      if (kind != 0) {
        b.reference(intIn(in, 1, 999) + "/" + intIn(in, 2000, 2030));
      }
      return b.build();
    };
  }

  /** Source records such as a Decidim result keeps (fields by original column name). */
  public static Gen<zwk.model.plan.ExternalRecord> externalRecords() {
    return in -> {
      zwk.model.plan.ExternalRecord.Builder b = zwk.model.plan.ExternalRecord.builder().system("decidim-accountability")
          .url(maybe(in, in2 -> "https://decidim.example.org/processes/p/f/15/results/" + intIn(in2, 1, 999)))
          .relatedUrls(listOf(in, in2 -> "https://decidim.example.org/processes/p/f/12/proposals/" + intIn(in2, 1, 999), 2));
      for (int i = intIn(in, 0, 3); i > 0; i--) {
        b.putField("title/" + GenSupport.pick(in, TargetGroup.class).name().toLowerCase(java.util.Locale.ROOT), anyText(8).generate(in));
      }
      return b.build();
    };
  }

  /**
   * Measures {@code m-0 … m-(n-1)}; a measure's parent is always an earlier measure, so the
   * hierarchy has no cycle. References to goals, departments, actors, tools and ideas may or may
   * not resolve (the validator's business, not the model's).
   */
  public static Gen<List<Measure>> measures(int max) {
    return in -> {
      int n = intIn(in, 0, max);
      List<Measure> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Measure.Builder b = Measure.builder().id(TextGenerators.id("m", i))
            .externalId(maybe(in, in2 -> "EXT-" + intIn(in2, 0, 9999)))
            .title(nonBlankText(5).generate(in)).description(maybe(in, anyText(10)))
            .goalIds(listOf(in, in2 -> TextGenerators.id("goal", intIn(in2, 0, 5)), 2))
            .actionFieldIds(listOf(in, CatalogueGenerators.actionFieldIds(), 2))
            .targetGroups(GenSupport.subset(in, TargetGroup.class, 3))
            .leadDepartmentId(maybe(in, in2 -> TextGenerators.id("dep", intIn(in2, 0, 5))))
            .partnerDepartmentIds(listOf(in, in2 -> TextGenerators.id("dep", intIn(in2, 0, 5)), 2))
            .partnerActorIds(listOf(in, in2 -> TextGenerators.id("actor", intIn(in2, 0, 5)), 2))
            .period(GenSupport.periods().generate(in))
            .budget(maybe(in, budgets()))
            .status(GenSupport.pick(in, MeasureStatus.class))
            .progressPercent(maybe(in, in2 -> intIn(in2, 0, 10000) / 100.0))
            .weight(maybe(in, in2 -> intIn(in2, 0, 1000) / 10.0))
            .steps(listOf(in, steps(), 3))
            .indicators(listOf(in, measureIndicators(), 2))
            .toolIds(listOf(in, in2 -> TextGenerators.id("tool", intIn(in2, 0, 5)), 2))
            .ideaIds(listOf(in, in2 -> "idea-0-" + intIn(in2, 0, 4), 2))
            .linkedMeasureIds(listOf(in, in2 -> TextGenerators.id("inv", intIn(in2, 0, 3)), 1))
            .demographyCheck(chance(in, 15) ? java.util.Optional.of(demographyChecks().generate(in))
                : java.util.Optional.empty())
            .councilPaper(chance(in, 15) ? java.util.Optional.of(councilPapers().generate(in)) : java.util.Optional.empty())
            .externalRecord(chance(in, 15) ? java.util.Optional.of(externalRecords().generate(in)) : java.util.Optional.empty());
        if (i > 0 && chance(in, 40)) {
          b.parentId(TextGenerators.id("m", intIn(in, 0, i - 1)));
        }
        out.add(b.build());
      }
      return out;
    };
  }

  /** Guiding lines {@code gl-*} with goals {@code goal-*} (ids unique across the plan). */
  public static Gen<List<GuidingLine>> guidingLines(int max) {
    return in -> {
      int n = intIn(in, 0, max);
      int goal = 0;
      List<GuidingLine> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        GuidingLine.Builder b = GuidingLine.builder().id(TextGenerators.id("gl", i)).title(nonBlankText(5).generate(in))
            .description(maybe(in, anyText(8))).actionFieldIds(listOf(in, CatalogueGenerators.actionFieldIds(), 2));
        int goals = intIn(in, 0, 3);
        for (int g = 0; g < goals; g++) {
          b.addGoals(Goal.builder().id(TextGenerators.id("goal", goal++)).title(nonBlankText(5).generate(in))
              .description(maybe(in, anyText(6))).actionFieldIds(listOf(in, CatalogueGenerators.actionFieldIds(), 2))
              .indicators(listOf(in, measureIndicators(), 2)).targetDate(maybe(in, GenSupport.dates())).build());
        }
        out.add(b.build());
      }
      return out;
    };
  }

  /** Werkstattpläne with revisions 1..version. */
  public static Gen<WorkshopPlan> plans() {
    return in -> {
      int version = intIn(in, 1, 4);
      WorkshopPlan.Builder b = WorkshopPlan.builder().title(maybe(in, nonBlankText(4))).vision(maybe(in, anyText(8)))
          .version(version).adoptedOn(maybe(in, GenSupport.dates())).adoptionDecision(maybe(in, nonBlankText(4)))
          .lastReviewedOn(maybe(in, GenSupport.dates())).nextReviewDue(maybe(in, GenSupport.dates()))
          .guidingLines(guidingLines(3).generate(in)).measures(measures(8).generate(in));
      for (int v = 1; v <= version; v++) {
        if (chance(in, 70)) {
          b.addRevisions(PlanRevision.builder().version(v).date(LocalDate.of(2015 + v, 3, 1 + intIn(in, 0, 27)))
              .summary(maybe(in, nonBlankText(5))).decision(maybe(in, nonBlankText(3))).build());
        }
      }
      return b.build();
    };
  }
}
