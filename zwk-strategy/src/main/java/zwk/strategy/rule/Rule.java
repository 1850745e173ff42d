// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;

/**
 * A rule of the strategy validator (<em>Prüfregel</em>): the public SPI. Implementations are
 * stateless and thread-safe; the validator calls {@link #check} once per validation.
 *
 * <p>Custom rules are found with {@link java.util.ServiceLoader}: list the implementation class in
 * {@code META-INF/services/zwk.strategy.rule.Rule} and pass the class loader to
 * {@code StrategyValidator.Builder#loadRules(ClassLoader)}. Their messages come from
 * {@link #messages(Locale)}: keys {@code <id>.message} and {@code <id>.hint}, or
 * {@code <id>.<variant>.message} / {@code .hint} for a variant; placeholders are {@code {name}} of
 * a finding parameter.
 */
public interface Rule {

  /** Stable id, e.g. {@code ZWK-PLAN-003}; custom rules should use their own prefix. */
  String id();

  /** Severity unless the rule set overrides it. */
  Severity defaultSeverity();

  /** The stage whose work the rule checks (for grouping, the stage gate and the maturity score). */
  StrategyStage stage();

  /** The thresholds the rule reads, with their defaults. */
  default List<RuleParameter> parameters() {
    return List.of();
  }

  /** Whether the rule is active when a configuration does not mention it. */
  default boolean enabledByDefault() {
    return true;
  }

  /**
   * Checks the strategy and reports findings to {@code out}, in document order.
   *
   * @param context the strategy, "today", thresholds and shared indexes
   * @param out where findings go
   */
  void check(RuleContext context, FindingSink out);

  /**
   * The message bundle of the rule in a locale, German as the base. The default is zwk's own
   * bundle {@code zwk/strategy/messages}; custom rules override this with their own bundle.
   */
  default ResourceBundle messages(Locale locale) {
    return Messages.bundle("zwk/strategy/messages", locale, Rule.class.getClassLoader());
  }
}
