// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.stage.StrategyStage;

/**
 * One finding of the validator (<em>Befund</em>): which rule, how serious, where in the strategy,
 * and what to do about it.
 *
 * <p>JSON shape (property names are the accessor names): {@code ruleId}, {@code severity}
 * ({@link Severity} constant name), {@code path} (a JSON pointer, RFC 6901, into the
 * {@code zwk.strategy} document, e.g. {@code /plan/measures/3/leadDepartmentId}; {@code ""} is the
 * whole document), {@code message} and {@code hint} (already rendered in the report's locale),
 * {@code parameters} (an ordered map of the rule's data), optional {@code stage}
 * ({@link StrategyStage} constant name) and optional {@code actionFieldId}.
 *
 * <p>Parameters are machine-readable data, independent of the locale: the validator stores only
 * {@link String}, {@link Integer}, {@link Long}, {@link java.math.BigDecimal}, {@link Boolean} and
 * immutable {@link java.util.List}s of these. Dates are ISO-8601 strings, enums constant names,
 * action fields and other objects their ids. An integral number is an Integer in int range, else a
 * Long in long range, else a BigDecimal; a BigDecimal with scale &gt; 0 (e.g. {@code 12016.42})
 * keeps its scale; NaN and infinities are strings. This is the typing zwk-io reads back from JSON,
 * so a report survives a JSON round trip equal. The message and hint show the same values for
 * people: enums and action fields as their German or English labels, dates and decimals in the
 * locale's format.
 *
 * <p>User-supplied text only ever appears as a parameter value, inserted verbatim into the
 * message; nothing in it is evaluated (docs/design.md rule 5).
 */
@Value.Immutable
@ZwkStyle
abstract class FindingDef {

  /** Stable rule id, e.g. {@code ZWK-PLAN-003}. */
  abstract String ruleId();

  /** Severity (after the rule set's overrides). */
  abstract Severity severity();

  /** JSON pointer of the object concerned; {@code ""} for the whole strategy. */
  abstract String path();

  /** Message in the report's locale. */
  abstract String message();

  /** What to do, in the report's locale. */
  abstract String hint();

  /** The rule's parameters and the data of this finding, in a stable order. */
  abstract Map<String, Object> parameters();

  /** Stage of the Fünfstufen-Systematik the finding belongs to, for grouping and the stage gate. */
  abstract Optional<StrategyStage> stage();

  /** Action field (id) the finding concerns, for grouping. */
  abstract Optional<String> actionFieldId();

  /** Rule, severity and path; messages may quote user text and are left out. */
  @Override
  public String toString() {
    return "Finding{" + ruleId() + " " + severity() + " " + path() + "}";
  }
}
