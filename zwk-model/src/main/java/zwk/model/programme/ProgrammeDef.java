// SPDX-License-Identifier: Apache-2.0
package zwk.model.programme;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.common.Period;
import zwk.model.common.Source;

/**
 * A federal model programme (<em>Programm</em>: Demografiewerkstatt Kommunen, Zukunftswerkstatt
 * Kommunen, the network). Data, not an enum: programmes come and go. {@link Programmes} holds the
 * known ones.
 */
@Value.Immutable
@ZwkStyle
abstract class ProgrammeDef {

  /** Stable id, e.g. {@code "dwk"}, {@code "zwk"}. */
  abstract String id();

  /** Full name. */
  abstract String name();

  /** Short name, e.g. {@code "ZWK"}. */
  abstract Optional<String> shortName();

  /** Programme period. */
  @Value.Default
  Period period() {
    return Period.builder().build();
  }

  /** Funding per municipality and year. */
  abstract List<Funding> funding();

  /** Number of funded years per municipality, if fixed (DWK: five). */
  abstract Optional<Integer> fundedYears();

  /** Public sources of the programme's facts (period, funding, funded years). */
  abstract List<Source> sources();

  /**
   * The funding of one kind, if the programme pays that kind. The amount is per municipality and
   * year.
   */
  public Optional<Funding> fundingOf(FundingKind kind) {
    return funding().stream().filter(f -> f.kind() == kind).findFirst();
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("id: expected a non-blank programme id, got '" + id() + "'");
    }
    if (fundedYears().isPresent() && fundedYears().get() < 0) {
      throw new IllegalArgumentException("fundedYears: expected >= 0, got " + fundedYears().get());
    }
  }
}
