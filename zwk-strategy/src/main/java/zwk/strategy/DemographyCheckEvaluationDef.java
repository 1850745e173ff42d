// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.util.List;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.check.AgeGroup;

/**
 * The evaluation of one Demografie-Check: which age groups the proposal or measure affects, which
 * questions were considered, and findings (ZWK-CHECK-001 … 004) for those that were not.
 */
@Value.Immutable
@ZwkStyle
abstract class DemographyCheckEvaluationDef {

  /** Age groups affected (under 20, 20–64, 65+). */
  abstract List<AgeGroup> affectedAgeGroups();

  /** Whether effects on future generations were considered. */
  abstract boolean futureGenerationsConsidered();

  /** Whether follow-up costs were considered (in words or as an amount). */
  abstract boolean followUpCostsConsidered();

  /** Whether accessibility was considered. */
  abstract boolean accessibilityConsidered();

  /** Findings, in rule order. */
  abstract List<Finding> findings();

  /** Whether every question was considered. */
  public boolean complete() {
    return findings().isEmpty();
  }
}
