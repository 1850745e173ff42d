// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.util.List;
import java.util.Objects;

/** Argument checks for the lists of numbers of the assumption types; messages name the property and index. */
final class Values {
  private Values() {}

  /** An immutable copy of a non-empty list of finite numbers {@code >= min} ({@code -Infinity}: any sign). */
  static List<Double> check(List<Double> values, String parameter, double min, double max) {
    Objects.requireNonNull(values, parameter);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(parameter + ": expected at least one value, got none");
    }
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (v == null || !Double.isFinite(v) || v < min || v > max) {
        throw new IllegalArgumentException(parameter + "[" + i + "]: expected a finite number"
            + (min > Double.NEGATIVE_INFINITY ? " " + min + ".." + max : "") + ", got " + v);
      }
    }
    return List.copyOf(values);
  }

  static double sum(List<Double> values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  static double[] toArray(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return a;
  }

  static <T> T required(T value, String parameter, String type) {
    if (value == null) {
      throw new IllegalStateException(parameter + ": expected a value (" + type + "), got none");
    }
    return value;
  }
}
