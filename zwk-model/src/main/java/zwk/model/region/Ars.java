// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Optional;
import zwk.model.internal.Ser;

/**
 * Amtlicher Regionalschlüssel (ARS): Land 2, Regierungsbezirk 1, Kreis 2, Gemeindeverband 4 and
 * Gemeinde 3 digits, e.g. {@code 053150000000} for Köln.
 *
 * <p>Canonical forms by level: 2 (Land), 3 (Regierungsbezirk), 5 (Kreis), 9 (Gemeindeverband) and
 * 12 digits (Gemeinde). {@link #of(String)} is strict; {@link #parse(String)} removes blanks
 * ({@code "05 3 15 0000 000"}) and restores a lost leading zero.
 */
public final class Ars implements Comparable<Ars>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Canonical lengths and the levels they denote. */
  private static final int[] LENGTHS = {2, 3, 5, 9, 12};
  private static final RegionLevel[] LEVELS = {RegionLevel.STATE, RegionLevel.GOVERNMENT_REGION,
      RegionLevel.DISTRICT, RegionLevel.MUNICIPAL_ASSOCIATION, RegionLevel.MUNICIPALITY};

  private final String code;
  private final RegionLevel level;

  private Ars(String code, RegionLevel level) {
    this.code = code;
    this.level = level;
  }

  /**
   * The key in canonical form (2, 3, 5, 9 or 12 digits).
   *
   * @throws IllegalArgumentException naming the value when it is not a valid key
   */
  public static Ars of(String code) {
    if (code == null) {
      throw new NullPointerException("ars");
    }
    return new Ars(code, Keys.check("ars", code, LENGTHS, LEVELS, "2, 3, 5, 9 or 12 digits"));
  }

  /**
   * Lenient parsing: removes blanks and restores the leading zero lost for Länder 01–09 (1, 4, 8 or
   * 11 digits become 2, 5, 9 or 12).
   *
   * @throws IllegalArgumentException naming the value when no valid key results
   */
  public static Ars parse(String text) {
    if (text == null) {
      throw new NullPointerException("ars");
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        sb.append(c);
      }
    }
    String s = Keys.restoreLeadingZero(sb.toString(), LENGTHS);
    try {
      return of(s);
    } catch (IllegalArgumentException e) {
      throw invalid(text, "an ARS of 2, 3, 5, 9 or 12 digits (blanks and a lost leading zero allowed)");
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

  /** The ARS of a Gemeinde from its AGS and the 4-digit Gemeindeverband part. */
  public static Ars of(Ags municipality, String associationPart) {
    if (municipality.level() != RegionLevel.MUNICIPALITY) {
      throw new IllegalArgumentException(
          "municipality: expected an 8-digit Gemeinde AGS, got '" + municipality + "'");
    }
    String c = municipality.code();
    return of(c.substring(0, 5) + associationPart + c.substring(5));
  }

  private static IllegalArgumentException invalid(String value, String expected) {
    return Keys.invalid("ars", value, expected);
  }

  /** The canonical key string. */
  public String code() {
    return code;
  }

  /** The level this key denotes. */
  public RegionLevel level() {
    return level;
  }

  /** The Land. */
  public FederalState state() {
    return FederalState.ofCode(code.substring(0, 2));
  }

  /** The 4-digit Gemeindeverband part, empty above that level. */
  public Optional<String> associationPart() {
    return code.length() >= 9 ? Optional.of(code.substring(5, 9)) : Optional.empty();
  }

  /**
   * The next coarser region: Gemeinde → Gemeindeverband → Kreis → Regierungsbezirk (where the RB
   * digit is not 0) → Land. Empty for a Land.
   */
  public Optional<Ars> parent() {
    switch (level) {
      case MUNICIPALITY:
        return Optional.of(new Ars(code.substring(0, 9), RegionLevel.MUNICIPAL_ASSOCIATION));
      case MUNICIPAL_ASSOCIATION:
        return Optional.of(new Ars(code.substring(0, 5), RegionLevel.DISTRICT));
      case DISTRICT:
        String p = Keys.parentOfDistrict(code);
        return Optional.of(new Ars(p, Keys.levelOfLength(p.length(), LENGTHS, LEVELS).orElseThrow()));
      case GOVERNMENT_REGION:
        return Optional.of(new Ars(code.substring(0, 2), RegionLevel.STATE));
      default:
        return Optional.empty();
    }
  }

  /** Whether this key has an AGS equivalent (every level except Gemeindeverband). */
  public boolean hasAgs() {
    return level != RegionLevel.MUNICIPAL_ASSOCIATION;
  }

  /**
   * The AGS of the same region: for a Gemeinde the Kreis part plus the Gemeinde part (the
   * Gemeindeverband digits dropped); for higher levels the same digits.
   *
   * @throws IllegalStateException for a Gemeindeverband, which has no AGS
   */
  public Ags toAgs() {
    switch (level) {
      case MUNICIPALITY:
        return Ags.of(code.substring(0, 5) + code.substring(9));
      case MUNICIPAL_ASSOCIATION:
        throw new IllegalStateException(
            "ars: a Gemeindeverband has no AGS, got '" + code + "'");
      default:
        return Ags.of(code);
    }
  }

  @Override
  public int compareTo(Ars o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ars && ((Ars) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The canonical key, e.g. {@code 053150000000}. */
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
    throw Ser.proxyRequired(Ars.class);
  }
}
