package zwk.strategy.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.Actor;
import zwk.model.catalogue.Department;
import zwk.model.participation.Idea;
import zwk.model.plan.Goal;
import zwk.model.plan.Measure;
import zwk.model.plan.WorkshopPlan;
import zwk.model.profile.ExistingMeasure;
import zwk.model.profile.MunicipalProfile;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Tool;

/**
 * What a rule sees during one validation: the strategy, the reference date ("today"), the
 * thresholds of the rule set and id indexes built once per validation (so that reference checks
 * stay linear).
 */
public final class RuleContext {
  private final MunicipalStrategy strategy;
  private final LocalDate today;
  private final Map<String, BigDecimal> thresholds;
  private final Set<String> departmentIds = new HashSet<>();
  private final Set<String> actorIds = new HashSet<>();
  private final Set<String> toolIds = new HashSet<>();
  private final Set<String> ideaIds = new HashSet<>();
  private final Set<String> measureIds = new HashSet<>();
  private final Set<String> inventoryIds = new HashSet<>();
  private final Set<String> goalIds = new HashSet<>();
  private final Set<String> actionFieldIds = new HashSet<>();

  private RuleContext(MunicipalStrategy strategy, LocalDate today, Map<String, BigDecimal> thresholds) {
    this.strategy = strategy;
    this.today = today;
    this.thresholds = Map.copyOf(thresholds);
    strategy.departments().stream().map(Department::id).forEach(departmentIds::add);
    strategy.actors().stream().map(Actor::id).forEach(actorIds::add);
    strategy.tools().stream().map(Tool::id).forEach(toolIds::add);
    strategy.ideas().stream().map(Idea::id).forEach(ideaIds::add);
    strategy.plan().ifPresent(p -> {
      p.measures().stream().map(Measure::id).forEach(measureIds::add);
      p.goals().stream().map(Goal::id).forEach(goalIds::add);
    });
    strategy.profile().ifPresent(p -> p.inventory().stream().map(ExistingMeasure::id).forEach(inventoryIds::add));
    ActionFields.all().stream().map(ActionField::id).forEach(actionFieldIds::add);
    strategy.ownActionFields().stream().map(ActionField::id).forEach(actionFieldIds::add);
  }

  /**
   * A context.
   *
   * @param strategy the strategy to check
   * @param today the reference date for age and cadence rules
   * @param thresholds every threshold the rules may read, by name (defaults already applied)
   */
  public static RuleContext of(MunicipalStrategy strategy, LocalDate today, Map<String, BigDecimal> thresholds) {
    return new RuleContext(strategy, today, thresholds);
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
    return Collections.unmodifiableSet(departmentIds);
  }

  /** Ids of the strategy's actors. */
  public Set<String> actorIds() {
    return Collections.unmodifiableSet(actorIds);
  }

  /** Ids of the strategy's tools. */
  public Set<String> toolIds() {
    return Collections.unmodifiableSet(toolIds);
  }

  /** Ids of all ideas of all participation events. */
  public Set<String> ideaIds() {
    return Collections.unmodifiableSet(ideaIds);
  }

  /** Ids of the plan's measures. */
  public Set<String> measureIds() {
    return Collections.unmodifiableSet(measureIds);
  }

  /** Ids of the profile's inventory of existing measures. */
  public Set<String> inventoryIds() {
    return Collections.unmodifiableSet(inventoryIds);
  }

  /** Ids of the plan's goals. */
  public Set<String> goalIds() {
    return Collections.unmodifiableSet(goalIds);
  }

  /** Ids of the standard action fields and the strategy's own. */
  public Set<String> actionFieldIds() {
    return Collections.unmodifiableSet(actionFieldIds);
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
