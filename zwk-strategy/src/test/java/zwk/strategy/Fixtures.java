// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.TargetGroup;
import zwk.model.common.Period;
import zwk.model.participation.Idea;
import zwk.model.participation.IdeaStatus;
import zwk.model.participation.ParticipationEvent;
import zwk.model.plan.Budget;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.SwotEntry;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;

/** Test fixtures: a complete strategy and helpers to break it in one place. */
public final class Fixtures {
  private Fixtures() {}

  /** The reference date of all fixture tests (Barleben's "Stand"). */
  public static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

  /** A validator with the standard catalogue, German messages and {@link #TODAY}. */
  public static StrategyValidator validator() {
    return StrategyValidator.builder().referenceDate(TODAY).build();
  }

  /**
   * Barleben with its six documented gaps closed (see BarlebenTest): m-fachkraefte gets an end date
   * and a "no cost" budget, the threat s5 is deferred with a reason, idea i4 is answered, a
   * public-relations measure is added and the council check gets an accessibility assessment.
   * It must yield no finding at all on {@link #TODAY}.
   */
  public static MunicipalStrategy complete() {
    MunicipalStrategy s = SampleStrategies.barleben();
    s = measure(s, 3, m -> m.withPeriod(Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 12, 31)))
        .withBudget(Budget.none()));
    s = plan(s, p -> p.withMeasures(append(p.measures(), Measure.builder().id("m-pr")
        .title("Demografie-Newsletter").addGoalIds("g-1")
        .addActionFieldIds(ActionFields.PUBLIC_RELATIONS.id()).addTargetGroups(TargetGroup.GENERAL_PUBLIC)
        .leadDepartmentId("hauptamt").period(Period.of(LocalDate.of(2023, 4, 1), LocalDate.of(2025, 3, 31)))
        .budget(Budget.ofEur("1500.00")).status(MeasureStatus.IN_PROGRESS).build())));
    s = profile(s, p -> p.withSwot(set(p.swot(), 4, p.swot().get(4)
        .withDeferralReason("Pflegeplanung liegt beim Landkreis Börde; Aufnahme bei der Fortschreibung 2025."))));
    s = event(s, 0, e -> e.withIdeas(set(e.ideas(), 3, e.ideas().get(3).withStatus(IdeaStatus.ANSWERED)
        .withAnswer("Wird im Wohnraumkonzept geprüft.").withDecidedOn(LocalDate.of(2023, 3, 23)))));
    s = s.withDemographyChecks(s.demographyChecks().get(0)
        .withAccessibilityAssessment("Niederflurfahrzeuge sind ausgeschrieben."));
    return s;
  }

  /** The strategy with plan measure {@code i} replaced. */
  public static MunicipalStrategy measure(MunicipalStrategy s, int i, UnaryOperator<Measure> op) {
    return plan(s, p -> p.withMeasures(set(p.measures(), i, op.apply(p.measures().get(i)))));
  }

  /** The strategy with its plan replaced. */
  public static MunicipalStrategy plan(MunicipalStrategy s, UnaryOperator<WorkshopPlan> op) {
    return s.withPlan(op.apply(s.plan().get()));
  }

  /** The strategy with its profile replaced. */
  public static MunicipalStrategy profile(MunicipalStrategy s, UnaryOperator<MunicipalProfile> op) {
    return s.withProfile(op.apply(s.profile().get()));
  }

  /** The strategy with participation event {@code i} replaced. */
  public static MunicipalStrategy event(MunicipalStrategy s, int i, UnaryOperator<ParticipationEvent> op) {
    return s.withParticipation(set(s.participation(), i, op.apply(s.participation().get(i))));
  }

  /** A copy of the list with element {@code i} replaced. */
  public static <T> List<T> set(List<T> list, int i, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(i, value);
    return copy;
  }

  /** A copy of the list with an element appended. */
  public static <T> List<T> append(List<T> list, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.add(value);
    return copy;
  }

  /** "ruleId path" of each finding, in report order. */
  public static List<String> keys(ValidationReport r) {
    return r.findings().stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toList());
  }

  /** "ruleId path" of the findings of one rule. */
  public static List<String> keys(ValidationReport r, String ruleId) {
    return r.findings(ruleId).stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toList());
  }

  /** Unused helpers kept close to the fixture for idea tests. */
  static Idea idea(String id, IdeaStatus status) {
    return Idea.builder().id(id).text("Idee " + id).status(status).build();
  }

  static SwotEntry swot(String id, zwk.model.profile.SwotCategory c, String field) {
    return SwotEntry.builder().id(id).category(c).text("Eintrag " + id).actionFieldId(field).build();
  }

  static BigDecimal eur(String s) {
    return new BigDecimal(s);
  }
}
