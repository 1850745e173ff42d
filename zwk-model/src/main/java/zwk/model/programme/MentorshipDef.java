// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import java.util.List;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.common.Period;
import zwk.model.region.Ags;

/**
 * Mentoring between an experienced and a new municipality (<em>Mentoring, Tandem</em>), e.g. a
 * DWK municipality that accompanies a ZWK newcomer.
 *
 * <p>Invariant: mentor and mentee differ.
 */
@Value.Immutable
@ZwkStyle
abstract class MentorshipDef {

  /** The experienced municipality. */
  abstract Ags mentor();

  /** The municipality that is mentored. */
  abstract Ags mentee();

  /** Topics, as action-field ids or free text. */
  abstract List<String> topics();

  /** Period of the mentorship. */
  @Value.Default
  Period period() {
    return Period.builder().build();
  }

  @Value.Check
  void check() {
    if (mentor().equals(mentee())) {
      throw new IllegalArgumentException("mentee: expected a municipality other than the mentor, got " + mentee());
    }
  }
}
