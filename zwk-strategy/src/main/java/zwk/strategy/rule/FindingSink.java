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
     * Adds a parameter. Values should be strings, numbers, booleans or lists of strings; dates and
     * enums are stored as their ISO text / constant name.
     */
    Report param(String name, Object value);

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
