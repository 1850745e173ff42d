package zwk.model.programme;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.common.Period;

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

  /** Number of funded years per municipality, if fixed. */
  abstract Optional<Integer> fundedYears();

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
