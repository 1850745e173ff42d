// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Distinct values in order of first use, each with its code (its index). */
final class Dictionary<T> {
  private final Map<T, Integer> codes = new HashMap<>();
  private final List<T> values = new ArrayList<>();

  /**
   * The code of {@code value}, adding {@code copy.apply(value)} when it is new (so that a caller may
   * look up with a reused, mutable value).
   */
  int code(T value, UnaryOperator<T> copy) {
    Integer c = codes.get(value);
    if (c != null) {
      return c;
    }
    T kept = copy.apply(value);
    int code = values.size();
    values.add(kept);
    codes.put(kept, code);
    return code;
  }

  int code(T value) {
    return code(value, UnaryOperator.identity());
  }

  T get(int code) {
    return values.get(code);
  }

  int size() {
    return values.size();
  }

  /** An unmodifiable copy of the values by code. */
  List<T> snapshot() {
    return Collections.unmodifiableList(new ArrayList<>(values));
  }
}
