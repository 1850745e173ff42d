// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import java.util.Optional;

/**
 * What {@link Ags} and {@link Ars} share: the check of a canonical key against its type's table of
 * lengths and levels, the repair of a lost leading zero, the district's parent, and the echo of
 * input in messages. Both keys are prefixes of the same hierarchy (Land 2, Regierungsbezirk 1,
 * Kreis 2 digits); only the lower levels differ.
 */
final class Keys {
  private Keys() {}

  static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Echo of user input in messages, cut so that a huge value cannot flood a log. */
  static String clip(String s) {
    return s.length() <= 64 ? s : s.substring(0, 61) + "...";
  }

  /** The level of a key of {@code length} digits: {@code levels[i]} for {@code lengths[i]}. */
  static Optional<RegionLevel> levelOfLength(int length, int[] lengths, RegionLevel[] levels) {
    for (int i = 0; i < lengths.length; i++) {
      if (lengths[i] == length) {
        return Optional.of(levels[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks a canonical key: only digits, one of the type's lengths, a Land code 01–16 in front.
   *
   * @param field the key type's field name for messages ({@code "ags"}, {@code "ars"})
   * @param expectedLengths the lengths in words, for the message
   * @return the level the key denotes
   * @throws IllegalArgumentException naming the field and the value
   */
  static RegionLevel check(String field, String code, int[] lengths, RegionLevel[] levels, String expectedLengths) {
    Optional<RegionLevel> level = levelOfLength(code.length(), lengths, levels);
    if (level.isEmpty() || !allDigits(code)) {
      throw invalid(field, code, expectedLengths);
    }
    if (FederalState.findByCode(code.substring(0, 2)).isEmpty()) {
      throw invalid(field, code, "a key that starts with a Land code 01-16");
    }
    return level.get();
  }

  /**
   * Restores the leading zero that spreadsheets drop for Länder 01–09: digits one short of a
   * canonical length (and not canonical themselves) get a {@code 0} in front.
   */
  static String restoreLeadingZero(String digits, int[] lengths) {
    if (!allDigits(digits) || contains(lengths, digits.length()) || !contains(lengths, digits.length() + 1)) {
      return digits;
    }
    return "0" + digits;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /** The code of a Kreis' parent: its Regierungsbezirk where the RB digit is not 0, else its Land. */
  static String parentOfDistrict(String districtCode) {
    return districtCode.charAt(2) == '0' ? districtCode.substring(0, 2) : districtCode.substring(0, 3);
  }

  static IllegalArgumentException invalid(String field, String value, String expected) {
    return new IllegalArgumentException(field + ": expected " + expected + ", got '" + clip(value) + "'");
  }
}
