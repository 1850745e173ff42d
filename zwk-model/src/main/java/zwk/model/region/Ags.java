// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import zwk.model.internal.Ser;

/**
 * Amtlicher Gemeindeschlüssel (AGS), the official key of a German region.
 *
 * <p>Canonical forms by level: Land {@code "05"}, Regierungsbezirk {@code "053"}, Kreis
 * {@code "05315"}, Gemeinde {@code "05315000"} (Land 2, Regierungsbezirk 1, Kreis 2, Gemeinde 3
 * digits), as GV-ISys and GENESIS write them; Germany as a whole is {@link #GERMANY} ({@code "DG"}).
 * An 8-digit key always denotes a Gemeinde ({@code 05315000} is the city of Köln, whose Kreis is
 * {@code 05315}).
 *
 * <p>{@link #of(String)} is strict; {@link #parse(String)} also repairs what spreadsheets do to keys
 * (a lost leading zero for Länder 01–09, surrounding blanks). Equality is by the canonical string.
 */
public final class Ags implements Comparable<Ags>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Germany as a whole, GENESIS code {@code "DG"}: the root of the hierarchy. */
  public static final Ags GERMANY = new Ags("DG", RegionLevel.COUNTRY);

  /** Canonical lengths and the levels they denote. */
  private static final int[] LENGTHS = {2, 3, 5, 8};
  private static final RegionLevel[] LEVELS = {
      RegionLevel.STATE, RegionLevel.GOVERNMENT_REGION, RegionLevel.DISTRICT, RegionLevel.MUNICIPALITY};

  private final String code;
  private final RegionLevel level;

  private Ags(String code, RegionLevel level) {
    this.code = code;
    this.level = level;
  }

  /**
   * The key in canonical form: 2, 3, 5 or 8 digits, or {@code "DG"}.
   *
   * @throws IllegalArgumentException naming the value when it is not a valid key
   * @throws NullPointerException when {@code code} is null
   */
  public static Ags of(String code) {
    if (code == null) {
      throw new NullPointerException("ags");
    }
    if (GERMANY.code.equals(code)) {
      return GERMANY;
    }
    return new Ags(code, Keys.check("ags", code, LENGTHS, LEVELS,
        "2, 3, 5 or 8 digits (Land, Regierungsbezirk, Kreis, Gemeinde) or 'DG'"));
  }

  /**
   * Lenient parsing for keys found in real files: trims blanks and restores the leading zero that
   * spreadsheets drop for Länder 01–09 (1, 4 or 7 digits become 2, 5 or 8). A 2- or 3-digit value
   * is not padded, because it is already a valid Land or Regierungsbezirk length.
   *
   * @throws IllegalArgumentException naming the value when no valid key results
   */
  public static Ags parse(String text) {
    if (text == null) {
      throw new NullPointerException("ags");
    }
    String s = Keys.restoreLeadingZero(text.strip(), LENGTHS);
    try {
      return of(s);
    } catch (IllegalArgumentException e) {
      throw invalid(text, "an AGS of 1-2, 3, 4-5 or 7-8 digits (leading zero may be missing)");
    }
  }

  /** Whether {@link #of(String)} would accept the text. */
  public static boolean isValid(String code) {
    try {
      of(code);
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  /** The key of a Land. */
  public static Ags ofState(FederalState state) {
    return new Ags(state.code(), RegionLevel.STATE);
  }

  private static IllegalArgumentException invalid(String value, String expected) {
    return Keys.invalid("ags", value, expected);
  }

  /** The canonical key string. */
  public String code() {
    return code;
  }

  /** The level this key denotes. */
  public RegionLevel level() {
    return level;
  }

  /** The Land, empty only for {@link #GERMANY}. */
  public Optional<FederalState> state() {
    return level == RegionLevel.COUNTRY
        ? Optional.empty()
        : FederalState.findByCode(code.substring(0, 2));
  }

  /** The Land code part (2 digits), empty for Germany. */
  public String stateCode() {
    return level == RegionLevel.COUNTRY ? "" : code.substring(0, 2);
  }

  /**
   * The next coarser region: Gemeinde → Kreis → Regierungsbezirk (only where the Land has one, i.e.
   * the RB digit is not 0) → Land → Germany. Empty for Germany.
   */
  public Optional<Ags> parent() {
    switch (level) {
      case MUNICIPALITY:
        return Optional.of(new Ags(code.substring(0, 5), RegionLevel.DISTRICT));
      case DISTRICT:
        String p = Keys.parentOfDistrict(code);
        return Optional.of(new Ags(p, Keys.levelOfLength(p.length(), LENGTHS, LEVELS).orElseThrow()));
      case GOVERNMENT_REGION:
        return Optional.of(new Ags(code.substring(0, 2), RegionLevel.STATE));
      case STATE:
        return Optional.of(GERMANY);
      default:
        return Optional.empty();
    }
  }

  /** The ancestor at the given level, if this key lies below it (or is at it). */
  public Optional<Ags> ancestor(RegionLevel target) {
    Ags current = this;
    while (current != null) {
      if (current.level == target) {
        return Optional.of(current);
      }
      current = current.parent().orElse(null);
    }
    return Optional.empty();
  }

  /** Whether this key is {@code other} or lies inside it. */
  public boolean isWithin(Ags other) {
    return other.level == RegionLevel.COUNTRY
        || (level != RegionLevel.COUNTRY && code.startsWith(other.code));
  }

  @Override
  public int compareTo(Ags o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ags && ((Ags) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The canonical key, e.g. {@code 05315000}. */
  @Override
  public String toString() {
    return code;
  }

  /** Writes the serialization proxy ({@code zwk.model.internal.Ser}) instead of the fields. */
  private Object writeReplace() {
    return Ser.of(this);
  }

  /** Refuses a stream that carries the fields directly: they would skip the invariant checks. */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw Ser.proxyRequired(Ags.class);
  }
}
