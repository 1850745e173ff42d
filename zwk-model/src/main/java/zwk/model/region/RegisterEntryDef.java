// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * One record of the official municipality register (<em>Gemeindeverzeichnis</em>, GV-ISys) with its
 * {@link RecordType Satzart}.
 *
 * <p>{@link #key()} is the register key in canonical digits: the ARS prefix of the record's level
 * (2, 3, 5, 9 or 12 digits) or, for a Region (Satzart 30), Land + Regierungsbezirk + Region
 * (4 digits, e.g. {@code 0811} for Region Stuttgart), which is neither AGS nor ARS. Every record but
 * a Region carries a {@link Municipality}; a Region has only key, name and seat.
 *
 * <p>Invariants: the key has the length of the record type and consists of digits; the municipality
 * is present exactly when the record is not a Region, and its ARS equals the key.
 */
@Value.Immutable
@ZwkStyle
abstract class RegisterEntryDef {

  /** The Satzart. */
  abstract RecordType recordType();

  /** The register key (see the type description). */
  abstract String key();

  /** The official name as in the register, e.g. {@code "Flensburg, Stadt"}. */
  abstract String name();

  /** Sitz der Verwaltung, where the register gives it (Land, Regierungsbezirk, Region, Kreis). */
  abstract Optional<String> administrativeSeat();

  /** The local authority; absent only for a Region (Satzart 30). */
  abstract Optional<Municipality> municipality();

  /**
   * Further columns of the source kept verbatim so that nothing is lost, by column label (e.g.
   * {@code Reisegebiete}, {@code Grad der Verstädterung}); empty values are left out.
   */
  abstract Map<String, String> attributes();

  /** Line in the source file (1-based), 0 when not read from a file. */
  @Value.Default
  long line() {
    return 0;
  }

  @Value.Check
  void check() {
    if (key().length() != recordType().keyLength() || !Keys.allDigits(key())) {
      throw new IllegalArgumentException("key: expected " + recordType().keyLength() + " digits for Satzart "
          + recordType().code() + ", got '" + Keys.clip(key()) + "'");
    }
    boolean region = recordType() == RecordType.REGION;
    if (region == municipality().isPresent()) {
      throw new IllegalArgumentException("municipality: expected " + (region ? "none" : "one")
          + " for Satzart " + recordType().code() + ", got " + (region ? "one" : "none"));
    }
    if (municipality().isPresent()) {
      String ars = municipality().get().ars().map(Ars::code).orElse("");
      if (!ars.equals(key())) {
        throw new IllegalArgumentException("municipality: expected ars " + key() + ", got '" + ars + "'");
      }
    }
    if (line() < 0) {
      throw new IllegalArgumentException("line: expected >= 0, got " + line());
    }
  }

  /** Satzart, key and name. */
  @Override
  public String toString() {
    return "RegisterEntry{" + recordType().code() + " " + key() + " " + name() + "}";
  }
}
