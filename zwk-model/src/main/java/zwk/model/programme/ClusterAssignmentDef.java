// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.common.Source;
import zwk.model.region.RegionalCluster;

/**
 * A participant's regional cluster in one year (<em>Clusterzuordnung</em>). Clusters are re-cut
 * between years (ZWK met as West, Nord-Ost and Süd in 2022 and as Nord in 2023), so the year is
 * part of the fact.
 *
 * <p>Invariant: the year, when given, lies between 1990 and 2100.
 */
@Value.Immutable
@ZwkStyle
abstract class ClusterAssignmentDef {

  /** The cluster, e.g. {@code Nord-Ost}. */
  abstract RegionalCluster cluster();

  /** The year in which the assignment is documented (e.g. the year of the cluster meeting). */
  abstract Optional<Integer> year();

  /** Public sources that name the participant in this cluster. */
  abstract List<Source> sources();

  @Value.Check
  void check() {
    if (year().isPresent() && (year().get() < 1990 || year().get() > 2100)) {
      throw new IllegalArgumentException("year: expected 1990-2100, got " + year().get());
    }
  }
}
