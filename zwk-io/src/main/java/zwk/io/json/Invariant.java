// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the message of a model invariant ({@code "field: expected X, got Y"}, docs/design.md rule 1)
 * into the field path, what was expected and what was found.
 */
final class Invariant {
  private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)\\])?(?:\\.([A-Za-z0-9_]+))?: (.*)$", Pattern.DOTALL);
  private static final Pattern EXPECTED_GOT = Pattern.compile("^expected (.*), got (.*)$", Pattern.DOTALL);

  /** The field named first, e.g. {@code progressPercent}; null when the message names none. */
  final String field;
  /** The index after the field ({@code measures[1]}), or null. */
  final String index;
  /** The map key after the field ({@code participantsByTargetGroup.YOUTH}), or null. */
  final String key;
  final String expected;
  final String found;

  private Invariant(String field, String index, String key, String expected, String found) {
    this.field = field;
    this.index = index;
    this.key = key;
    this.expected = expected;
    this.found = found;
  }

  static Invariant parse(String message, String fallbackExpected) {
    String msg = message == null ? "" : message;
    Matcher m = FIELD.matcher(msg);
    String field = null;
    String index = null;
    String key = null;
    String rest = msg;
    if (m.matches()) {
      field = m.group(1);
      index = m.group(2);
      key = m.group(3);
      rest = m.group(4);
    }
    Matcher eg = EXPECTED_GOT.matcher(rest);
    if (eg.matches()) {
      return new Invariant(field, index, key, eg.group(1), eg.group(2));
    }
    return new Invariant(field, index, key, fallbackExpected, rest);
  }

  /** The pointer suffix for the field ({@code /measures/1}), or "" when there is no field. */
  String pointerSuffix() {
    if (field == null) {
      return "";
    }
    return "/" + field + (index != null ? "/" + index : "") + (key != null ? "/" + key : "");
  }
}
