// SPDX-License-Identifier: Apache-2.0
/**
 * The rule SPI and rule sets: {@link zwk.strategy.rule.Rule} (implement it for custom rules, found
 * by {@link java.util.ServiceLoader}), {@link zwk.strategy.rule.RuleContext},
 * {@link zwk.strategy.rule.FindingSink}, {@link zwk.strategy.rule.RuleSet} and its data form
 * {@link zwk.strategy.rule.RuleSetConfig}; {@link zwk.strategy.rule.Messages} renders messages
 * without evaluating user text.
 */
@NullMarked
package zwk.strategy.rule;

import org.jspecify.annotations.NullMarked;
