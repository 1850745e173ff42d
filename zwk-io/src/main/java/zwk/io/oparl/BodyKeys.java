// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;

/**
 * The key crosswalk of an OParl {@code Body}: its {@code ags} and {@code rgs} (Regionalschlüssel =
 * ARS) as zwk's {@link Ags} and {@link Ars}, read leniently as real systems write them (blanks, a
 * lost leading zero, a number instead of a string; an empty string counts as absent), the problems
 * found (a key that is not a valid key, an AGS and an ARS of different municipalities), and the
 * entry of the municipality register it matches (by AGS, else by ARS).
 *
 * @param body the body
 * @param ags the AGS, when given and valid (else derived from a valid ARS that carries one)
 * @param ars the ARS, when given and valid
 * @param problems what is wrong with the keys, in English, empty when nothing is
 * @param match the register entry, when a register was given and has the key
 */
public record BodyKeys(OParlBody body, Optional<Ags> ags, Optional<Ars> ars, List<String> problems,
    Optional<Municipality> match) {

  /** Whether the AGS and the ARS were both given and name different municipalities. */
  public boolean mismatch() {
    return problems.stream().anyMatch(p -> p.startsWith("mismatch"));
  }

  /** Crosswalks one body; {@code register} may be empty. */
  public static BodyKeys of(OParlBody body, Optional<MunicipalityRegister> register) {
    List<String> problems = new ArrayList<>();
    Optional<Ags> ags = Optional.empty();
    Optional<Ars> ars = Optional.empty();
    Optional<String> agsText = body.ags().map(String::strip).filter(s -> !s.isEmpty());
    Optional<String> rgsText = body.rgs().map(String::strip).filter(s -> !s.isEmpty());
    if (agsText.isPresent()) {
      try {
        ags = Optional.of(Ags.parse(agsText.get().replaceAll("\\s+", "")));
      } catch (IllegalArgumentException e) {
        problems.add("ags '" + clip(agsText.get()) + "' is not an AGS (" + e.getMessage() + ")");
      }
    }
    if (rgsText.isPresent()) {
      try {
        ars = Optional.of(Ars.parse(rgsText.get()));
      } catch (IllegalArgumentException e) {
        problems.add("rgs '" + clip(rgsText.get()) + "' is not an ARS (" + e.getMessage() + ")");
      }
    }
    if (ags.isPresent() && ars.isPresent() && ars.get().hasAgs() && !ars.get().toAgs().equals(ags.get())) {
      problems.add("mismatch: ags " + ags.get().code() + " and rgs " + ars.get().code() + " (AGS "
          + ars.get().toAgs().code() + ") name different municipalities");
    }
    Optional<Ags> effective = ags.isPresent() ? ags : ars.filter(Ars::hasAgs).map(Ars::toAgs);
    Optional<Municipality> match = Optional.empty();
    if (register.isPresent()) {
      if (ags.isPresent()) {
        match = register.get().byAgs(ags.get());
      }
      if (match.isEmpty() && ars.isPresent()) {
        match = register.get().byArs(ars.get());
      }
      if (match.isEmpty() && (ags.isPresent() || ars.isPresent())) {
        problems.add("not in the register " + register.get().source() + ": "
            + (ags.isPresent() ? "ags " + ags.get().code() : "rgs " + ars.get().code()));
      }
    }
    return new BodyKeys(body, effective, ars, List.copyOf(problems), match);
  }

  private static String clip(String s) {
    return s.length() <= 64 ? s : s.substring(0, 64) + "…";
  }
}
