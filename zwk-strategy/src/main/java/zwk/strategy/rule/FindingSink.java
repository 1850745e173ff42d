// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

/**
 * Where a rule reports its findings. A rule calls {@link #at(String)} with the JSON pointer of the
 * object concerned, adds data and calls {@link Report#emit()}; the engine adds severity, messages
 * and the rule set's overrides.
 */
public interface FindingSink {

  /** Starts a finding at a JSON pointer (use {@link JsonPointer} to build one). */
  Report at(String path);

  /** A finding under construction. */
  interface Report {
    /**
     * Adds a parameter. Values should be strings, numbers, booleans, dates, enums or lists of
     * these. The finding's {@code parameters} keep them as data (dates as ISO text, enums as
     * constant names, integers as Integer or Long); the message shows them for people: a
     * {@link zwk.model.common.Labelled} enum as its label in the report's locale, dates and
     * decimal numbers in the locale's format. Values are inserted verbatim, never evaluated.
     */
    Report param(String name, Object value);

    /**
     * Adds a parameter whose data is {@code value} but whose text in messages is the label of
     * {@code shown} in the report's locale, e.g. an action-field id shown as the field's label
     * (see {@link RuleContext#actionFieldLabel(String)}).
     */
    Report param(String name, Object value, zwk.model.common.Labelled shown);

    /** Selects a message variant: keys {@code <id>.<variant>.message} and {@code .hint}. */
    Report variant(String variant);

    /** The action field (id) the finding concerns. */
    Report actionField(String actionFieldId);

    /** Overrides the rule's stage for this finding. */
    Report stage(zwk.model.stage.StrategyStage stage);

    /** Reports the finding. */
    void emit();
  }
}
