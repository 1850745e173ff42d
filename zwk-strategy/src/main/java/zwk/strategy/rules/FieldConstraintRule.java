// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import jakarta.validation.ConstraintViolation;
import zwk.model.common.Labelled;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.Severity;
import zwk.strategy.constraint.Constraints;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-FIELD-001: the field-level Jakarta constraints of the model hold (e.g. {@code @NotBlank} on
 * {@code Municipality.name()} and {@code Measure.title()}). One finding per violation, at the JSON
 * pointer of the field, with the constraint's simple name as variant and parameter; the message
 * names the property in the report's language ({@code title} → „Titel“), the parameter keeps it. The stage
 * follows the first path token (profile → 2, participation → 3, plan → 4, else 1).
 */
final class FieldConstraintRule extends BaseRule {
  /** The rule. */
  public FieldConstraintRule() {
    super("ZWK-FIELD-001", Severity.ERROR, StrategyStage.KICK_OFF);
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    for (ConstraintViolation<MunicipalStrategy> v : Constraints.violations(ctx.strategy())) {
      String path = Constraints.pointer(v.getPropertyPath());
      String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      String property = path.substring(path.lastIndexOf('/') + 1);
      out.at(path).stage(stageOf(path)).variant(constraint)
          .param("property", property, label(property)).param("constraint", constraint).emit();
    }
  }

  /** German and English names of the constrained properties; others are shown as they are. */
  private static Labelled label(String property) {
    switch (property) {
      case "title":
        return labelled("Titel", "title");
      case "name":
        return labelled("Name", "name");
      case "text":
        return labelled("Text", "text");
      default:
        return labelled(property, property);
    }
  }

  private static Labelled labelled(String german, String english) {
    return Labelled.of(german, english);
  }

  private static StrategyStage stageOf(String path) {
    if (path.startsWith("/profile")) {
      return StrategyStage.PROFILE;
    }
    if (path.startsWith("/participation")) {
      return StrategyStage.FUTURE_WORKSHOP;
    }
    if (path.startsWith("/plan")) {
      return StrategyStage.WORKSHOP_PLAN;
    }
    return StrategyStage.KICK_OFF;
  }
}
