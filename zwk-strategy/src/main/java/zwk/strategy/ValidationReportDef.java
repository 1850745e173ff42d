// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.stage.StrategyStage;

/**
 * The result of validating a strategy (<em>Prüfbericht</em>): the findings in a deterministic order
 * (rules in rule-set order, each rule in document order), the locale the messages are written in
 * and the reference date ("today") that age and cadence rules used.
 *
 * <p>JSON shape: {@code findings} (array of {@link Finding}), {@code locale} (BCP 47 tag, e.g.
 * {@code "de"}), {@code referenceDate} (ISO date). The other public methods are derived views and
 * not serialised.
 */
@Value.Immutable
@ZwkStyle
abstract class ValidationReportDef {

  /** The findings. */
  abstract List<Finding> findings();

  /** Language tag of the messages, e.g. {@code "de"} or {@code "en"}. */
  abstract String locale();

  /** The day the validation treated as today. */
  abstract LocalDate referenceDate();

  /** Whether there is at least one {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The findings of one severity. */
  public List<Finding> findings(Severity severity) {
    return filter(f -> f.severity() == severity).findings();
  }

  /** The findings of one rule. */
  public List<Finding> findings(String ruleId) {
    return filter(f -> f.ruleId().equals(ruleId)).findings();
  }

  /** A report with only the findings that match, in the same order. */
  public ValidationReport filter(Predicate<? super Finding> predicate) {
    return ValidationReport.builder().from(this)
        .findings(findings().stream().filter(predicate).collect(Collectors.toList())).build();
  }

  /** Findings grouped by stage, stages in method order; findings without a stage under empty. */
  public Map<Optional<StrategyStage>, List<Finding>> byStage() {
    Map<Optional<StrategyStage>, List<Finding>> map = new LinkedHashMap<>();
    for (StrategyStage s : StrategyStage.values()) {
      List<Finding> list = filter(f -> f.stage().equals(Optional.of(s))).findings();
      if (!list.isEmpty()) {
        map.put(Optional.of(s), list);
      }
    }
    List<Finding> none = filter(f -> f.stage().isEmpty()).findings();
    if (!none.isEmpty()) {
      map.put(Optional.empty(), none);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Findings grouped by action field id, in order of first appearance; findings without an action
   * field under empty (last).
   */
  public Map<Optional<String>, List<Finding>> byActionField() {
    Map<Optional<String>, List<Finding>> map = findings().stream()
        .filter(f -> f.actionFieldId().isPresent())
        .collect(Collectors.groupingBy(Finding::actionFieldId, LinkedHashMap::new, Collectors.toList()));
    List<Finding> none = filter(f -> f.actionFieldId().isEmpty()).findings();
    if (!none.isEmpty()) {
      map.put(Optional.empty(), none);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Counts and locale; messages may quote user text and are left out. */
  @Override
  public String toString() {
    return "ValidationReport{" + findings().size() + " findings, locale=" + locale()
        + ", referenceDate=" + referenceDate() + ", errors=" + findings(Severity.ERROR).size() + "}";
  }
}
