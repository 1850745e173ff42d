// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.constraint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.model.plan.Measure;
import zwk.model.plan.WorkshopPlan;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;

/**
 * docs/design.md rule 4: constraints on Immutables accessors ({@code name()}) must be seen by Hibernate
 * Validator. Out of the box they are silently ignored; these tests fail if that comes back.
 */
class ConstraintsTest {

  private static List<String> pointers(List<? extends ConstraintViolation<?>> vs) {
    return vs.stream().map(v -> Constraints.pointer(v.getPropertyPath()) + " "
        + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()).collect(Collectors.toList());
  }

  @Test
  void barlebenHasNoViolations() {
    assertEquals(List.of(), pointers(Constraints.violations(SampleStrategies.barleben())));
  }

  @Test
  void blankMunicipalityNameIsReportedAtItsPointer() {
    MunicipalStrategy s = SampleStrategies.barleben();
    s = s.withMunicipality(s.municipality().withName("  "));
    assertEquals(List.of("/municipality/name NotBlank"), pointers(Constraints.violations(s)));
  }

  @Test
  void blankMeasureTitleIsReportedWithListIndex() {
    MunicipalStrategy s = SampleStrategies.barleben();
    WorkshopPlan plan = s.plan().get();
    Measure m = plan.measures().get(3).withTitle("");
    List<Measure> measures = new java.util.ArrayList<>(plan.measures());
    measures.set(3, m);
    s = s.withPlan(plan.withMeasures(measures));
    assertEquals(List.of("/plan/measures/3/title NotBlank"), pointers(Constraints.violations(s)));
  }

  @Test
  void nestedOptionalAndListPathsAreJsonPointers() {
    MunicipalStrategy s = SampleStrategies.barleben();
    var event = s.participation().get(0);
    var ideas = new java.util.ArrayList<>(event.ideas());
    ideas.set(2, ideas.get(2).withText(""));
    var plan = s.plan().get();
    var lines = new java.util.ArrayList<>(plan.guidingLines());
    var goals = new java.util.ArrayList<>(lines.get(1).goals());
    goals.set(0, goals.get(0).withTitle(" "));
    lines.set(1, lines.get(1).withGoals(goals));
    var deps = new java.util.ArrayList<>(s.departments());
    deps.set(1, deps.get(1).withName(""));
    s = s.withParticipation(List.of(event.withIdeas(ideas), s.participation().get(1)))
        .withPlan(plan.withGuidingLines(lines)).withDepartments(deps);
    // Sorted by pointer: departments < participation < plan.
    assertEquals(List.of("/departments/1/name NotBlank", "/participation/0/ideas/2/text NotBlank",
        "/plan/guidingLines/1/goals/0/title NotBlank"), pointers(Constraints.violations(s)));
  }

  @Test
  void derivedAndLazyAccessorsAreNeverCalledAsConstraints() {
    // Municipality.key()/state()/level() and WorkshopPlan.measuresById() are no-arg methods of the
    // generated classes; they must not produce violations or failures when selected as properties.
    var strategy = SampleStrategies.barleben();
    var v = Constraints.validator();
    assertTrue(v.validate(strategy.municipality()).isEmpty());
    assertTrue(v.validate(strategy.plan().get()).isEmpty());
    assertTrue(v.getConstraintsForClass(zwk.model.region.Municipality.class).getConstraintsForProperty("name") != null,
        "name() is a constrained property");
  }

  @Test
  void withoutTheSelectionStrategyHibernateValidatorSilentlyIgnoresAccessorConstraints() {
    // The failure mode of docs/design.md rule 4, reproduced: a default Hibernate Validator sees no
    // getters on Immutables types, so a blank name yields nothing. Our bootstrap must differ.
    MunicipalStrategy s = SampleStrategies.barleben();
    s = s.withMunicipality(s.municipality().withName(""));
    try (var factory = jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
        .configure().messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
        .buildValidatorFactory()) {
      assertEquals(0, factory.getValidator().validate(s).size());
    }
    assertEquals(1, Constraints.violations(s).size());
  }

  /** A type shaped like a generated class: one constrained accessor, one derived method that must not run. */
  static final class WithDerived {
    @jakarta.validation.constraints.NotBlank
    String title() {
      return "";
    }

    String exploding() {
      throw new IllegalStateException("derived methods must not be called by the validator");
    }

    int hashCodeLike() {
      throw new IllegalStateException("not a property either");
    }
  }

  @Test
  void unconstrainedNoArgMethodsAreSelectedButNeverCalled() {
    var violations = Constraints.validator().validate(new WithDerived());
    assertEquals(1, violations.size());
    assertEquals("/title", Constraints.pointer(violations.iterator().next().getPropertyPath()));
    // The generated Municipality exposes exactly one constrained property among its accessors.
    var descriptor = Constraints.validator().getConstraintsForClass(zwk.model.region.Municipality.class);
    assertEquals(java.util.Set.of("name", "programmeMemberships"), descriptor.getConstrainedProperties().stream()
        .map(p -> p.getPropertyName()).collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void pointerComparisonIsNumericForIndexes() {
    assertTrue(Constraints.comparePointers("/plan/measures/2/title", "/plan/measures/10/title") < 0);
    assertTrue(Constraints.comparePointers("/a", "/a/0") < 0);
  }

  @Test
  void selectionStrategyRejectsObjectMethodsAndMethodsWithParameters() {
    var s = new AccessorPropertySelectionStrategy();
    assertEquals(List.of("title"), s.getGetterMethodNameCandidates("title"));
    assertTrue(AccessorPropertySelectionStrategy.EXCLUDED.contains("toString"));
    assertTrue(AccessorPropertySelectionStrategy.EXCLUDED.contains("hashCode"));
  }
}
