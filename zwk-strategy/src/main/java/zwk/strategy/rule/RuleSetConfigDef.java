// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.strategy.Severity;

/**
 * A rule-set configuration (<em>Regelwerk-Konfiguration</em>) as data, so that a vendor or
 * researcher can keep it in a JSON file (loaded by zwk-io) and apply it with
 * {@link RuleSet#from(RuleSetConfig)}.
 *
 * <p>JSON shape (property names are the accessor names): {@code name} (optional),
 * {@code enabledRules} (rule ids switched on, including rules that are off by default),
 * {@code disabledRules} (rule ids switched off; wins over enabled), {@code severityOverrides}
 * (rule id → {@code "ERROR"}/{@code "WARNING"}/{@code "INFO"}), {@code thresholds} (parameter name
 * → number, e.g. {@code "maxProfileAgeYears": 2}). Every id and parameter name must be known to
 * the rule set it is applied to; {@code docs/rules.md} lists them.
 */
@Value.Immutable
@ZwkStyle
abstract class RuleSetConfigDef {

  /** Name of the configuration. */
  abstract Optional<String> name();

  /** Rule ids to switch on (rules are on by default unless documented otherwise). */
  abstract List<String> enabledRules();

  /** Rule ids to switch off. */
  abstract List<String> disabledRules();

  /** Severity per rule id. */
  abstract Map<String, Severity> severityOverrides();

  /** Threshold per parameter name. */
  abstract Map<String, BigDecimal> thresholds();
}
