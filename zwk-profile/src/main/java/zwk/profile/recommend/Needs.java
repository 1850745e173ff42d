// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import zwk.model.catalogue.TargetGroup;
import zwk.model.profile.SwotCategory;
import zwk.model.profile.SwotEntry;
import zwk.model.region.MunicipalityType;
import zwk.model.toolbox.SizeClass;
import zwk.profile.swot.SwotRuleSet;
import zwk.profile.swot.ThresholdRule;

/**
 * What a region brings to the tool recommendation: the action fields of its weaknesses and threats,
 * the target groups they concern, its size class and type.
 *
 * @param regionKey the region (AGS)
 * @param needs weaknesses and threats by action field, in SWOT order
 * @param targetGroups the target groups concerned
 * @param sizeClass its size class, if known
 * @param type its municipality type, if known
 */
public record Needs(String regionKey, List<Need> needs, Set<TargetGroup> targetGroups, Optional<SizeClass> sizeClass,
    Optional<MunicipalityType> type) {

  /** Copies the collections. */
  public Needs {
    Objects.requireNonNull(regionKey, "regionKey");
    needs = List.copyOf(needs);
    targetGroups = Set.copyOf(new LinkedHashSet<>(targetGroups));
    Objects.requireNonNull(sizeClass, "sizeClass");
    Objects.requireNonNull(type, "type");
  }

  /**
   * The needs of a SWOT: every weakness and threat with an action field; the target groups of the
   * rules that derived them (looked up in {@code rules} by {@link SwotEntry#derivedByRule()}).
   */
  public static Needs fromSwot(String regionKey, List<SwotEntry> swot, SwotRuleSet rules, Optional<SizeClass> sizeClass,
      Optional<MunicipalityType> type) {
    List<Need> needs = new ArrayList<>();
    Set<TargetGroup> groups = new LinkedHashSet<>();
    for (SwotEntry e : swot) {
      if ((e.category() == SwotCategory.WEAKNESS || e.category() == SwotCategory.THREAT) && e.actionFieldId().isPresent()) {
        needs.add(new Need(e.actionFieldId().get(), e));
        e.derivedByRule().flatMap(rules::byId).map(ThresholdRule::targetGroups).ifPresent(groups::addAll);
      }
    }
    return new Needs(regionKey, needs, groups, sizeClass, type);
  }
}
