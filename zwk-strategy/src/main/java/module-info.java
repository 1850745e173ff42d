// SPDX-License-Identifier: Apache-2.0
/**
 * The strategy validator: Jakarta constraints (Hibernate Validator) plus zwk's rule catalogue.
 *
 * <p>Exports the validator ({@code zwk.strategy}) and the rule SPI ({@code zwk.strategy.rule});
 * the rule implementations ({@code zwk.strategy.rules}: find a rule by its id in
 * {@code RuleSet.standard()}) and the Hibernate Validator bootstrap
 * ({@code zwk.strategy.constraint}) stay inside. Further rules come in through
 * {@link java.util.ServiceLoader} as providers of {@link zwk.strategy.rule.Rule}.
 */
module zwk.strategy {
  requires transitive zwk.model;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value;
  requires static org.jspecify;

  exports zwk.strategy;
  exports zwk.strategy.rule;
  // the generated metamodel of the report and rule-configuration types, for zwk-io's JSON binding
  exports zwk.strategy.meta to zwk.io;

  uses zwk.strategy.rule.Rule;
}
