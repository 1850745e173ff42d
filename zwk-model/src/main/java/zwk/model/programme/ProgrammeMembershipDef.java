// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.common.Period;

/**
 * A municipality's membership in a programme (<em>Programmteilnahme</em>, e.g. Modellkommune in
 * ZWK 2021–2024). The programme is referenced by its {@link Programme#id()}.
 */
@Value.Immutable
@ZwkStyle
abstract class ProgrammeMembershipDef {

  /** Id of the programme, e.g. {@code "zwk"}. */
  abstract String programmeId();

  /** Role in the programme. */
  @Value.Default
  MembershipRole role() {
    return MembershipRole.MODEL_MUNICIPALITY;
  }

  /** Period of membership (dates may be unknown). */
  @Value.Default
  Period period() {
    return Period.builder().build();
  }

  @Value.Check
  void check() {
    if (programmeId().isBlank()) {
      throw new IllegalArgumentException("programmeId: expected a non-blank id, got '" + programmeId() + "'");
    }
  }
}
