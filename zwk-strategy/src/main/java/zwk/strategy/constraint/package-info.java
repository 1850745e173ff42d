/**
 * The Hibernate Validator bootstrap: no Expression Language, constraints on Immutables accessors
 * honoured (DESIGN.md rules 4 and 5), violations mapped to JSON pointers.
 */
package zwk.strategy.constraint;
