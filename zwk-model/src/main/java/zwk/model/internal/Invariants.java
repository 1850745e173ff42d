// SPDX-License-Identifier: Apache-2.0
package zwk.model.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Invariant checks shared by the model's value types (internal: the package is not exported). Every failure is an
 * {@link IllegalArgumentException} whose message starts with the field and says what was expected
 * and what was found.
 */
public final class Invariants {
  private Invariants() {}

  /** Fails unless the id is non-blank. */
  public static void nonBlankId(String field, String id) {
    if (id.isBlank()) {
      throw new IllegalArgumentException(field + ": expected a non-blank id, got '" + id + "'");
    }
  }

  /**
   * Lists up to this size are checked by comparing every pair, which costs less than a hash set
   * (model lists are mostly short, and this runs whenever a value is built).
   */
  static final int SMALL = 8;

  /** Fails when two items share an id; the message names the index of the second. */
  public static <T> void uniqueIds(String field, List<T> items, Function<T, String> id) {
    int n = items.size();
    if (n < 2) {
      return;
    }
    if (n <= SMALL) {
      String[] keys = new String[n];
      for (int i = 0; i < n; i++) {
        String key = id.apply(items.get(i));
        for (int j = 0; j < i; j++) {
          if (keys[j].equals(key)) {
            throw duplicate(field, i, key);
          }
        }
        keys[i] = key;
      }
      return;
    }
    Set<String> seen = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      String key = id.apply(items.get(i));
      if (!seen.add(key)) {
        throw duplicate(field, i, key);
      }
    }
  }

  private static IllegalArgumentException duplicate(String field, int i, String key) {
    return new IllegalArgumentException(field + "[" + i + "]: expected a unique id, got duplicate '" + key + "'");
  }

  /** Whether {@code s} is exactly five ASCII digits (the regular expression {@code [0-9]{5}}). */
  public static boolean fiveDigits(String s) {
    if (s.length() != 5) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s} is a slug: the regular expression {@code [a-z0-9]+(-[a-z0-9]+)*}, i.e. runs
   * of ASCII lower-case letters and digits joined by single hyphens.
   */
  public static boolean slug(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    boolean afterHyphen = true; // at the start, as after a hyphen, a letter or digit must follow
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }
}
