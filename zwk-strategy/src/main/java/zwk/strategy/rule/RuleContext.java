// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFields;
import zwk.model.common.Labelled;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.MunicipalProfile;
import zwk.model.programme.Programme;
import zwk.model.strategy.MunicipalStrategy;

/**
 * What a rule sees during one validation: the strategy, the reference date ("today"), the
 * thresholds of the rule set and id indexes built once per validation (so that reference checks
 * and the names shown in messages cost one lookup each and validation stays linear).
 */
public final class RuleContext {
  private final MunicipalStrategy strategy;
  private final LocalDate today;
  private final Map<String, BigDecimal> thresholds;
  // Id -> name, title or text for messages; the key sets serve the reference checks.
  private final Map<String, String> departments = new HashMap<>();
  private final Map<String, String> actors = new HashMap<>();
  private final Map<String, String> tools = new HashMap<>();
  private final Map<String, String> ideas = new HashMap<>();
  private final Map<String, String> measures = new HashMap<>();
  private final Map<String, String> inventory = new HashMap<>();
  private final Map<String, String> goals = new HashMap<>();
  private final Map<String, ActionField> actionFields = new HashMap<>();
  private final Map<String, Programme> programmes = new LinkedHashMap<>();

  private RuleContext(MunicipalStrategy strategy, LocalDate today, Map<String, BigDecimal> thresholds,
      Collection<Programme> programmes) {
    // The first programme with an id wins, so a caller's list cannot be overridden by a later duplicate.
    programmes.forEach(p -> this.programmes.putIfAbsent(p.id(), p));
    this.strategy = strategy;
    this.today = today;
    this.thresholds = Map.copyOf(thresholds);
    strategy.departments().forEach(d -> departments.putIfAbsent(d.id(), d.name()));
    strategy.actors().forEach(a -> actors.putIfAbsent(a.id(), a.name()));
    strategy.tools().forEach(t -> tools.putIfAbsent(t.id(), t.title()));
    strategy.ideas().forEach(i -> ideas.putIfAbsent(i.id(), i.text()));
    strategy.plan().ifPresent(p -> {
      p.measures().forEach(m -> measures.putIfAbsent(m.id(), m.title()));
      p.goals().forEach(g -> goals.putIfAbsent(g.id(), g.title()));
    });
    strategy.profile().ifPresent(p -> p.inventory().forEach(e -> inventory.putIfAbsent(e.id(), e.title())));
    // A municipality's own field with a standard id does not replace the standard label.
    strategy.ownActionFields().forEach(f -> actionFields.put(f.id(), f));
    ActionFields.all().forEach(f -> actionFields.put(f.id(), f));
  }

  /**
   * A context.
   *
   * @param strategy the strategy to check
   * @param today the reference date for age and cadence rules
   * @param thresholds every threshold the rules may read, by name (defaults already applied)
   */
  public static RuleContext of(MunicipalStrategy strategy, LocalDate today, Map<String, BigDecimal> thresholds) {
    return new RuleContext(strategy, today, thresholds, List.of());
  }

  /**
   * A context with programme data.
   *
   * @param strategy the strategy to check
   * @param today the reference date for age and cadence rules
   * @param thresholds every threshold the rules may read, by name (defaults already applied)
   * @param programmes the programmes the rules may read (funding caps, funded span), by id
   */
  public static RuleContext of(MunicipalStrategy strategy, LocalDate today, Map<String, BigDecimal> thresholds,
      Collection<Programme> programmes) {
    return new RuleContext(strategy, today, thresholds, programmes);
  }

  /** A programme of the validator's programme data, by id. */
  public Optional<Programme> programme(String id) {
    return Optional.ofNullable(programmes.get(id));
  }

  /** The strategy. */
  public MunicipalStrategy strategy() {
    return strategy;
  }

  /** The reference date ("today"). */
  public LocalDate today() {
    return today;
  }

  /**
   * A threshold by name.
   *
   * @throws IllegalArgumentException when the rule set does not know the name (a rule that reads a
   *     threshold must declare it in {@link Rule#parameters()})
   */
  public BigDecimal threshold(String name) {
    BigDecimal v = thresholds.get(name);
    if (v == null) {
      throw new IllegalArgumentException("threshold: expected a parameter declared by a rule, got '" + name + "'");
    }
    return v;
  }

  /** A threshold as an int (truncated towards zero). */
  public int intThreshold(String name) {
    return threshold(name).intValue();
  }

  /** Ids of the strategy's departments. */
  public Set<String> departmentIds() {
    return Collections.unmodifiableSet(departments.keySet());
  }

  /** Ids of the strategy's actors. */
  public Set<String> actorIds() {
    return Collections.unmodifiableSet(actors.keySet());
  }

  /** Ids of the strategy's tools. */
  public Set<String> toolIds() {
    return Collections.unmodifiableSet(tools.keySet());
  }

  /** Ids of all ideas of all participation events. */
  public Set<String> ideaIds() {
    return Collections.unmodifiableSet(ideas.keySet());
  }

  /** Ids of the plan's measures. */
  public Set<String> measureIds() {
    return Collections.unmodifiableSet(measures.keySet());
  }

  /** Ids of the profile's inventory of existing measures. */
  public Set<String> inventoryIds() {
    return Collections.unmodifiableSet(inventory.keySet());
  }

  /** Ids of the plan's goals. */
  public Set<String> goalIds() {
    return Collections.unmodifiableSet(goals.keySet());
  }

  /** Ids of the standard action fields and the strategy's own. */
  public Set<String> actionFieldIds() {
    return Collections.unmodifiableSet(actionFields.keySet());
  }

  /**
   * The label of an action field for messages: the standard catalogue's or the strategy's own
   * field, or the id itself (in both languages) when the id is unknown.
   */
  public Labelled actionFieldLabel(String id) {
    ActionField f = actionFields.get(id);
    return f != null ? f.labels() : Labelled.of(id, id);
  }

  /** The name of a department for messages, or the id when it is unknown or its name is blank. */
  public String departmentName(String id) {
    return shown(departments, id);
  }

  /** The name of an actor for messages, or the id when it is unknown or its name is blank. */
  public String actorName(String id) {
    return shown(actors, id);
  }

  /** The title of a tool for messages, or the id when it is unknown or its title is blank. */
  public String toolTitle(String id) {
    return shown(tools, id);
  }

  /** The text of an idea for messages, or the id when it is unknown or its text is blank. */
  public String ideaText(String id) {
    return shown(ideas, id);
  }

  /** The title of a plan measure for messages, or the id when it is unknown or its title is blank. */
  public String measureTitle(String id) {
    return shown(measures, id);
  }

  /**
   * The title of an inventory entry (existing measure) for messages, or the id when it is unknown
   * or its title is blank. Separate from {@link #measureTitle(String)}: the model does not keep
   * the two id spaces apart.
   */
  public String inventoryTitle(String id) {
    return shown(inventory, id);
  }

  /** The title of a goal for messages, or the id when it is unknown or its title is blank. */
  public String goalTitle(String id) {
    return shown(goals, id);
  }

  /**
   * A name, title or text for messages, or the id when it is absent or blank: what a person can
   * recognise, inserted verbatim by the formatter like all user text.
   */
  public static String titleOrId(String title, String id) {
    return title == null || title.isBlank() ? id : title;
  }

  private static String shown(Map<String, String> names, String id) {
    return titleOrId(names.get(id), id);
  }

  /** The plan, if any (shortcut). */
  public java.util.Optional<WorkshopPlan> plan() {
    return strategy.plan();
  }

  /** The profile, if any (shortcut). */
  public java.util.Optional<MunicipalProfile> profile() {
    return strategy.profile();
  }
}
