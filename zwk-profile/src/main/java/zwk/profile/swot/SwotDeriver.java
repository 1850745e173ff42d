// SPDX-License-Identifier: Apache-2.0
package zwk.profile.swot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zwk.model.profile.SwotEntry;
import zwk.profile.compare.Comparison;

/** Applies a rule set to comparisons; entry ids are {@code swot-1}, {@code swot-2}, … in rule order. */
public final class SwotDeriver {
  private final List<SwotRule> rules;

  /** A deriver with the given rules. */
  public SwotDeriver(List<SwotRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** A deriver with {@link SwotRules#defaults()}. */
  public static SwotDeriver defaults() {
    return new SwotDeriver(SwotRules.defaults());
  }

  /** The SWOT entries for the comparisons. */
  public List<SwotEntry> derive(List<Comparison> comparisons) {
    Map<String, Comparison> byId = new LinkedHashMap<>();
    for (Comparison c : comparisons) {
      byId.put(c.indicatorId(), c);
    }
    List<SwotEntry> out = new ArrayList<>();
    for (SwotRule r : rules) {
      for (SwotEntry e : r.evaluate(byId, "tmp-")) {
        out.add(e.withId("swot-" + (out.size() + 1)));
      }
    }
    return out;
  }
}
