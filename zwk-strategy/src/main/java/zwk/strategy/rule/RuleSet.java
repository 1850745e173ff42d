// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import zwk.strategy.Severity;
import zwk.strategy.rules.Catalogue;

/**
 * An ordered, immutable set of rules with their configuration (<em>Regelwerk</em>): which rules
 * are active, their severities and thresholds. Thread-safe.
 *
 * <p>{@link #standard()} is zwk's catalogue with its defaults; {@link #from(RuleSetConfig)} applies
 * a configuration to it; {@link #withRules(List)} adds custom rules; {@link #configure} applies a
 * configuration to any rule set.
 */
public final class RuleSet {
  private final List<Rule> rules;
  private final Set<String> active;
  private final Map<String, Severity> severities;
  private final Map<String, BigDecimal> thresholds;

  private RuleSet(List<Rule> rules, Set<String> active, Map<String, Severity> severities,
      Map<String, BigDecimal> thresholds) {
    this.rules = List.copyOf(rules);
    this.active = Collections.unmodifiableSet(new LinkedHashSet<>(active));
    this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    this.thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
  }

  /** zwk's rule catalogue with default settings. */
  public static RuleSet standard() {
    return of(Catalogue.rules());
  }

  /** The catalogue with a configuration applied. */
  public static RuleSet from(RuleSetConfig config) {
    return standard().configure(config);
  }

  /**
   * A rule set of the given rules with their defaults.
   *
   * @throws IllegalArgumentException when two rules share an id, or two rules declare the same
   *     parameter with different defaults
   */
  public static RuleSet of(List<? extends Rule> rules) {
    List<Rule> list = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    Set<String> active = new LinkedHashSet<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("rules: expected unique rule ids, got duplicate '" + r.id() + "'");
      }
      list.add(r);
      if (r.enabledByDefault()) {
        active.add(r.id());
      }
      severities.put(r.id(), r.defaultSeverity());
      for (RuleParameter p : r.parameters()) {
        BigDecimal old = thresholds.putIfAbsent(p.name(), p.defaultValue());
        if (old != null && old.compareTo(p.defaultValue()) != 0) {
          throw new IllegalArgumentException("parameters: expected one default for '" + p.name() + "', got "
              + old.toPlainString() + " and " + p.defaultValue().toPlainString() + " (rule " + r.id() + ")");
        }
      }
    }
    return new RuleSet(list, active, severities, thresholds);
  }

  /** This rule set plus more rules (appended, with their defaults). */
  public RuleSet withRules(List<? extends Rule> more) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(more);
    RuleSet fresh = of(all);
    Set<String> act = new LinkedHashSet<>(active);
    Map<String, Severity> sev = new LinkedHashMap<>(fresh.severities);
    sev.putAll(severities);
    Map<String, BigDecimal> thr = new LinkedHashMap<>(fresh.thresholds);
    thr.putAll(thresholds);
    for (Rule r : more) {
      if (r.enabledByDefault()) {
        act.add(r.id());
      }
    }
    return new RuleSet(fresh.rules, act, sev, thr);
  }

  /** This rule set plus the rules that {@link ServiceLoader} finds through the class loader. */
  public RuleSet withServiceLoader(ClassLoader loader) {
    List<Rule> found = new ArrayList<>();
    for (Rule r : ServiceLoader.load(Rule.class, loader)) {
      if (!ids().contains(r.id())) {
        found.add(r);
      }
    }
    return withRules(found);
  }

  /**
   * This rule set with a configuration applied.
   *
   * @throws IllegalArgumentException naming the entry when the configuration mentions a rule id or
   *     threshold name this rule set does not know, or a negative threshold
   */
  public RuleSet configure(RuleSetConfig config) {
    Set<String> ids = ids();
    Set<String> act = new LinkedHashSet<>(active);
    for (String id : config.enabledRules()) {
      requireRule("enabledRules", id, ids);
      act.add(id);
    }
    for (String id : config.disabledRules()) {
      requireRule("disabledRules", id, ids);
      act.remove(id);
    }
    Map<String, Severity> sev = new LinkedHashMap<>(severities);
    config.severityOverrides().forEach((id, s) -> {
      requireRule("severityOverrides", id, ids);
      sev.put(id, s);
    });
    Map<String, BigDecimal> thr = new LinkedHashMap<>(thresholds);
    config.thresholds().forEach((name, v) -> {
      if (!thr.containsKey(name)) {
        throw new IllegalArgumentException("thresholds." + name + ": expected one of " + thr.keySet()
            + ", got '" + cut(name) + "'");
      }
      if (v.signum() < 0) {
        throw new IllegalArgumentException("thresholds." + name + ": expected a number >= 0, got " + v.toPlainString());
      }
      thr.put(name, v);
    });
    return new RuleSet(rules, act, sev, thr);
  }

  private static void requireRule(String field, String id, Set<String> ids) {
    if (!ids.contains(id)) {
      throw new IllegalArgumentException(field + ": expected a known rule id, got '" + cut(id) + "'");
    }
  }

  private static String cut(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "…" : s;
  }

  /** All rules, active or not, in order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The active rules, in order. */
  public List<Rule> activeRules() {
    List<Rule> list = new ArrayList<>();
    for (Rule r : rules) {
      if (active.contains(r.id())) {
        list.add(r);
      }
    }
    return Collections.unmodifiableList(list);
  }

  /** Ids of all rules, in order. */
  public Set<String> ids() {
    Set<String> ids = new LinkedHashSet<>();
    rules.forEach(r -> ids.add(r.id()));
    return ids;
  }

  /** Whether a rule is active. */
  public boolean isActive(String ruleId) {
    return active.contains(ruleId);
  }

  /** The rule with an id. */
  public Optional<Rule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /** The effective severity of a rule. */
  public Severity severity(String ruleId) {
    Severity s = severities.get(ruleId);
    if (s == null) {
      throw new IllegalArgumentException("ruleId: expected a known rule id, got '" + cut(ruleId) + "'");
    }
    return s;
  }

  /** All thresholds by name, defaults with overrides applied. */
  public Map<String, BigDecimal> thresholds() {
    return thresholds;
  }

  /** The configuration that turns {@link #of} of the same rules into this rule set. */
  public RuleSetConfig toConfig() {
    RuleSetConfig.Builder b = RuleSetConfig.builder();
    for (Rule r : rules) {
      boolean on = active.contains(r.id());
      if (on && !r.enabledByDefault()) {
        b.addEnabledRules(r.id());
      } else if (!on && r.enabledByDefault()) {
        b.addDisabledRules(r.id());
      }
      if (severities.get(r.id()) != r.defaultSeverity()) {
        b.putSeverityOverride(r.id(), severities.get(r.id()));
      }
      for (RuleParameter p : r.parameters()) {
        if (thresholds.get(p.name()).compareTo(p.defaultValue()) != 0) {
          b.putThreshold(p.name(), thresholds.get(p.name()));
        }
      }
    }
    return b.build();
  }
}
