// SPDX-License-Identifier: Apache-2.0
package zwk.model.profile;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.internal.Invariants;
import zwk.model.catalogue.TargetGroup;
import zwk.model.common.Period;

/**
 * A measure that already exists before the strategy (<em>Bestandsaufnahme</em>, inventory of
 * existing offers), so that the strategy connects what departments already do and the validator
 * can find parallel structures.
 */
@Value.Immutable
@ZwkStyle
abstract class ExistingMeasureDef {

  /** Id, unique within the strategy (shared id space with plan measures). */
  abstract String id();

  /** Title. */
  abstract String title();

  /** Description. */
  abstract Optional<String> description();

  /** Action fields (ids). */
  abstract List<String> actionFieldIds();

  /** Target groups. */
  abstract List<TargetGroup> targetGroups();

  /** Lead department (id of a {@code Department}), if run by the administration. */
  abstract Optional<String> leadDepartmentId();

  /** Provider outside the administration (association, church, company …). */
  abstract Optional<String> provider();

  /** Running period. */
  @Value.Default
  Period period() {
    return Period.builder().build();
  }

  /** Ids of measures this one is deliberately linked with (coordinated, not parallel). */
  abstract List<String> linkedMeasureIds();

  @Value.Check
  void check() {
    Invariants.nonBlankId("id", id());
  }
}
