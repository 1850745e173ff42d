// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

import java.util.List;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;

/** Convenience base for rules: id, default severity, stage and parameters as fields. */
public abstract class BaseRule implements Rule {
  private final String id;
  private final Severity severity;
  private final StrategyStage stage;
  private final List<RuleParameter> parameters;

  /**
   * A rule.
   *
   * @param id stable id
   * @param severity default severity
   * @param stage stage whose work it checks
   * @param parameters thresholds it reads
   */
  protected BaseRule(String id, Severity severity, StrategyStage stage, RuleParameter... parameters) {
    this.id = id;
    this.severity = severity;
    this.stage = stage;
    this.parameters = List.of(parameters);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final StrategyStage stage() {
    return stage;
  }

  @Override
  public final List<RuleParameter> parameters() {
    return parameters;
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
