// SPDX-License-Identifier: Apache-2.0
package zwk.model.plan;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;

/**
 * The Werkstattplan (<em>Demografiestrategie</em>, stage 4): guiding lines → goals → measures with
 * their implementation plans, adopted by the council and updated year after year
 * (<em>Fortschreibung</em>). Measures are a flat list that refers to goals and parents by id, so
 * that a measure without a goal can be held (and reported by the validator).
 *
 * <p>Invariants: version at least 1; measure, goal and guiding-line ids unique; revision versions
 * unique; no cycle in the measures' parent chain.
 *
 * <p>Progress roll-up ({@link #progressOf(String)}): a measure without (non-cancelled) children
 * counts its reported {@code progressPercent}, or 100 when completed, else 0. A measure with
 * children counts their weighted mean when every child has a weight and the weights sum to more
 * than 0, otherwise their plain mean. Cancelled measures are left out.
 */
@Value.Immutable
@ZwkStyle
abstract class WorkshopPlanDef {

  /** Title. */
  abstract Optional<String> title();

  /** Vision (<em>Leitbild</em>). */
  abstract Optional<String> vision();

  /** Version, counting Fortschreibungen; 1 for the first plan. */
  @Value.Default
  int version() {
    return 1;
  }

  /** Date of the council decision that adopted the plan (<em>Beschluss</em>). */
  abstract Optional<LocalDate> adoptedOn();

  /** Reference of that decision. */
  abstract Optional<String> adoptionDecision();

  /** Date the plan was last reviewed. */
  abstract Optional<LocalDate> lastReviewedOn();

  /** Date the next review is due. */
  abstract Optional<LocalDate> nextReviewDue();

  /** Revision history. */
  abstract List<@Valid PlanRevision> revisions();

  /** Guiding lines with their goals. */
  abstract List<@Valid GuidingLine> guidingLines();

  /** Measures and sub-projects. */
  abstract List<@Valid Measure> measures();

  /** All goals of all guiding lines. */
  public List<Goal> goals() {
    return guidingLines().stream().flatMap(l -> l.goals().stream()).collect(Collectors.toList());
  }

  /** The measure with the given id. */
  public Optional<Measure> measure(String id) {
    return Optional.ofNullable(measuresById().get(id));
  }

  /** The direct children of a measure (sub-projects), in plan order. */
  public List<Measure> childrenOf(String measureId) {
    return childrenById().getOrDefault(measureId, List.of());
  }

  /**
   * Progress of a measure in percent (0–100), rolled up from its children.
   *
   * @throws IllegalArgumentException when no measure has that id
   */
  public double progressOf(String measureId) {
    Measure m = measuresById().get(measureId);
    if (m == null) {
      throw new IllegalArgumentException("measureId: expected the id of a measure of the plan, got '" + measureId + "'");
    }
    return progress(m);
  }

  /**
   * Overall progress: the roll-up over the top-level measures (no parent, or a parent that is not
   * in the plan); empty when the plan has no measures that count.
   */
  public OptionalDouble progress() {
    List<Measure> roots = measures().stream()
        .filter(m -> m.parentId().map(p -> !measuresById().containsKey(p)).orElse(true))
        .filter(m -> m.status() != MeasureStatus.CANCELLED)
        .collect(Collectors.toList());
    return roots.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(rollUp(roots));
  }

  private double progress(Measure m) {
    List<Measure> children = childrenOf(m.id()).stream()
        .filter(c -> c.status() != MeasureStatus.CANCELLED)
        .collect(Collectors.toList());
    if (children.isEmpty()) {
      return m.progressPercent()
          .orElse(m.status() == MeasureStatus.COMPLETED ? 100.0 : 0.0);
    }
    return rollUp(children);
  }

  private double rollUp(List<Measure> items) {
    boolean weighted = items.stream().allMatch(c -> c.weight().isPresent())
        && items.stream().mapToDouble(c -> c.weight().get()).sum() > 0;
    double sum = 0;
    double weights = 0;
    for (Measure c : items) {
      double w = weighted ? c.weight().get() : 1.0;
      sum += w * progress(c);
      weights += w;
    }
    // Clamp guards against floating-point drift just outside 0..100.
    return Math.max(0.0, Math.min(100.0, sum / weights));
  }

  @Value.Lazy
  Map<String, Measure> measuresById() {
    Map<String, Measure> map = new HashMap<>();
    for (Measure m : measures()) {
      map.put(m.id(), m);
    }
    return Collections.unmodifiableMap(map);
  }

  @Value.Lazy
  Map<String, List<Measure>> childrenById() {
    Map<String, List<Measure>> map = new LinkedHashMap<>();
    for (Measure m : measures()) {
      m.parentId().ifPresent(p -> map.computeIfAbsent(p, k -> new ArrayList<>()).add(m));
    }
    return Collections.unmodifiableMap(map);
  }

  @Value.Check
  void check() {
    if (version() < 1) {
      throw new IllegalArgumentException("version: expected >= 1, got " + version());
    }
    Invariants.uniqueIds("measures", measures(), Measure::id);
    Invariants.uniqueIds("guidingLines", guidingLines(), GuidingLine::id);
    Invariants.uniqueIds("goals", goals(), Goal::id);
    Invariants.uniqueIds("revisions", revisions(), r -> Integer.toString(r.version()));
    Map<String, String> parent = new HashMap<>();
    for (Measure m : measures()) {
      m.parentId().ifPresent(p -> parent.put(m.id(), p));
    }
    if (parent.isEmpty()) {
      return; // no sub-projects, so no chain of parents to follow (the common case)
    }
    for (Measure m : measures()) {
      Set<String> seen = new HashSet<>();
      String current = m.id();
      while (current != null) {
        if (!seen.add(current)) {
          throw new IllegalArgumentException("measures: expected no cycle in parentId, got a cycle through '" + m.id() + "'");
        }
        current = parent.get(current);
      }
    }
  }

}
