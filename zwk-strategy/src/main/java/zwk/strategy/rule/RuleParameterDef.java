// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

import java.math.BigDecimal;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * A threshold of a rule (<em>Schwellenwert</em>) with its default, overridable by name in a
 * {@link RuleSetConfig#thresholds()}. Names are global: two rules that read the same name share
 * the value.
 */
@Value.Immutable
@ZwkStyle
abstract class RuleParameterDef {

  /** Name, e.g. {@code maxProfileAgeYears}. */
  @Value.Parameter
  abstract String name();

  /** Default value. */
  @Value.Parameter
  abstract BigDecimal defaultValue();

  /** A parameter with an integer default. */
  public static RuleParameter of(String name, long defaultValue) {
    return RuleParameter.of(name, BigDecimal.valueOf(defaultValue));
  }
}
