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

  /** Fails when two items share an id; the message names the index of the second. */
  public static <T> void uniqueIds(String field, List<T> items, Function<T, String> id) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String key = id.apply(items.get(i));
      if (!seen.add(key)) {
        throw new IllegalArgumentException(field + "[" + i + "]: expected a unique id, got duplicate '" + key + "'");
      }
    }
  }
}
