// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import zwk.model.catalogue.TargetGroup;
import zwk.model.common.Period;
import zwk.model.plan.Measure;
import zwk.model.plan.MeasureStatus;
import zwk.model.profile.ExistingMeasure;
import zwk.model.stage.StrategyStage;
import zwk.strategy.Severity;
import zwk.strategy.rule.BaseRule;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.JsonPointer;
import zwk.strategy.rule.RuleContext;

/**
 * ZWK-PAR-001 (parallel structure, <em>Parallelstruktur</em>): two measures (plan measures that are
 * not cancelled, and the inventory of existing measures) share an action field and a target group,
 * their periods overlap (an unknown date counts as open), they are led by different departments,
 * and neither declares the other in {@code linkedMeasureIds}. Each pair is reported once, at the
 * later of the two in document order (inventory first, then plan). The message names the measures
 * by title and the lead departments by name (the id when a department is unknown); the parameters
 * keep the ids and add the titles and names as data.
 *
 * <p>Linear in the number of measures when they spread over action fields and target groups: only
 * items with a lead department are considered, and only pairs within one (action field, target
 * group) group are compared. The number of comparisons per validation is reported to an optional
 * observer (for tests and benchmarks).
 */
final class ParallelStructureRule extends BaseRule {
  private final LongConsumer comparisons;

  /** The rule. */
  public ParallelStructureRule() {
    this(n -> { });
  }

  /**
   * The rule with an observer of the number of pair comparisons made by each validation.
   *
   * @param comparisons called once per validation with the count
   */
  public ParallelStructureRule(LongConsumer comparisons) {
    super("ZWK-PAR-001", Severity.WARNING, StrategyStage.WORKSHOP_PLAN);
    this.comparisons = comparisons;
  }

  /** One measure or inventory entry, flattened. */
  private static final class Item {
    final int order;
    final String id;
    final String path;
    final String lead;
    final Period period;
    final Set<String> links;
    final String title;

    Item(int order, String id, String title, String path, String lead, Period period, List<String> links) {
      this.order = order;
      this.title = title;
      this.id = id;
      this.path = path;
      this.lead = lead;
      this.period = period;
      this.links = new HashSet<>(links);
    }
  }

  @Override
  public void check(RuleContext ctx, FindingSink out) {
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    int order = 0;
    if (ctx.profile().isPresent()) {
      List<ExistingMeasure> inv = ctx.profile().get().inventory();
      for (int i = 0; i < inv.size(); i++) {
        ExistingMeasure e = inv.get(i);
        if (e.leadDepartmentId().isPresent()) {
          Item item = new Item(order++, e.id(), e.title(), JsonPointer.of("profile", "inventory", i),
              e.leadDepartmentId().get(), e.period(), e.linkedMeasureIds());
          group(groups, item, e.actionFieldIds(), e.targetGroups());
        }
      }
    }
    if (ctx.plan().isPresent()) {
      List<Measure> measures = ctx.plan().get().measures();
      for (int i = 0; i < measures.size(); i++) {
        Measure m = measures.get(i);
        if (m.leadDepartmentId().isPresent() && m.status() != MeasureStatus.CANCELLED) {
          Item item = new Item(order++, m.id(), m.title(), JsonPointer.of("plan", "measures", i),
              m.leadDepartmentId().get(), m.period(), m.linkedMeasureIds());
          group(groups, item, m.actionFieldIds(), m.targetGroups());
        }
      }
    }
    long count = 0;
    Set<Long> reported = new HashSet<>();
    for (Map.Entry<String, List<Item>> g : groups.entrySet()) {
      List<Item> items = g.getValue();
      for (int a = 0; a < items.size(); a++) {
        for (int b = a + 1; b < items.size(); b++) {
          count++;
          Item x = items.get(a);
          Item y = items.get(b);
          if (!x.lead.equals(y.lead) && x.period.overlaps(y.period)
              && !x.links.contains(y.id) && !y.links.contains(x.id)
              && reported.add(((long) Math.min(x.order, y.order) << 32) | Math.max(x.order, y.order))) {
            Item first = x.order < y.order ? x : y;
            Item later = x.order < y.order ? y : x;
            String[] key = g.getKey().split("\u0000", 2);
            out.at(later.path).actionField(key[0])
                .param("measureId", later.id).param("measureTitle", title(later))
                .param("otherId", first.id).param("otherTitle", title(first)).param("otherPath", first.path)
                .param("actionFieldId", key[0], ctx.actionFieldLabel(key[0]))
                .param("targetGroup", TargetGroup.valueOf(key[1]))
                .param("leadDepartmentId", later.lead)
                .param("leadDepartmentName", Texts.cut(ctx.departmentName(later.lead)))
                .param("otherLeadDepartmentId", first.lead)
                .param("otherLeadDepartmentName", Texts.cut(ctx.departmentName(first.lead))).emit();
          }
        }
      }
    }
    comparisons.accept(count);
  }

  // The item's own title, not a lookup by id: inventory ids need not be unique.
  private static String title(Item item) {
    return Texts.cut(RuleContext.titleOrId(item.title, item.id));
  }

  private static void group(Map<String, List<Item>> groups, Item item, List<String> fields, List<TargetGroup> targets) {
    for (String f : new java.util.LinkedHashSet<>(fields)) {
      for (TargetGroup t : new java.util.LinkedHashSet<>(targets)) {
        groups.computeIfAbsent(f + "\u0000" + t.name(), k -> new ArrayList<>()).add(item);
      }
    }
  }
}
