// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import zwk.profile.population.BandSet;

/** Argument checks shared by the value types of this package; messages name the parameter and value. */
final class Checks {
  private Checks() {}

  /** The bands must be single years with an open top band, at least ages 0 and 1+. */
  static BandSet singleYearsOpenTop(BandSet bands, String parameter) {
    java.util.Objects.requireNonNull(bands, parameter);
    if (bands.size() < 2 || !bands.isSingleYears() || !bands.isOpenTop()) {
      throw new IllegalArgumentException(parameter + ": expected single years of age with an open top band"
          + " (at least 0 and 1+), got " + bands);
    }
    return bands;
  }

  /** Copies {@code values}, requiring {@code size} finite entries that are {@code >= 0}. */
  static double[] nonNegative(double[] values, int size, String parameter) {
    double[] v = length(values, size, parameter);
    for (int i = 0; i < v.length; i++) {
      if (!(v[i] >= 0) || !Double.isFinite(v[i])) {
        throw new IllegalArgumentException(parameter + "[" + i + "]: expected a finite number >= 0, got " + v[i]);
      }
    }
    return v;
  }

  /** Copies {@code values}, requiring {@code size} probabilities in [0, 1]. */
  static double[] probabilities(double[] values, int size, String parameter) {
    double[] v = length(values, size, parameter);
    for (int i = 0; i < v.length; i++) {
      if (!(v[i] >= 0 && v[i] <= 1)) {
        throw new IllegalArgumentException(parameter + "[" + i + "]: expected a probability 0..1, got " + v[i]);
      }
    }
    return v;
  }

  /** Copies {@code values}, requiring {@code size} finite entries (any sign). */
  static double[] finite(double[] values, int size, String parameter) {
    double[] v = length(values, size, parameter);
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(parameter + "[" + i + "]: expected a finite number, got " + v[i]);
      }
    }
    return v;
  }

  private static double[] length(double[] values, int size, String parameter) {
    java.util.Objects.requireNonNull(values, parameter);
    if (size >= 0 && values.length != size) {
      throw new IllegalArgumentException(parameter + ": expected " + size + " values, got " + values.length);
    }
    return values.clone();
  }
}
