// SPDX-License-Identifier: Apache-2.0
package zwk.profile.swot;

import java.util.List;
import java.util.Map;
import zwk.model.profile.SwotEntry;
import zwk.profile.compare.Comparison;

/** A derivation rule: looks at indicator comparisons and may produce SWOT entries. */
public interface SwotRule {

  /** Stable rule id, stored in {@link SwotEntry#derivedByRule()}. */
  String id();

  /** The rule in words, with its threshold (for documentation and explanation). */
  String description();

  /**
   * The entries this rule produces for the comparisons (by indicator id); empty when it does not
   * fire or its indicator is absent or not computable. Entry ids are left to the caller
   * ({@code idPrefix} + running number).
   */
  List<SwotEntry> evaluate(Map<String, Comparison> comparisons, String idPrefix);
}
