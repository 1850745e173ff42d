// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import org.jspecify.annotations.Nullable;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.CountResult;

/** Ages {@code from} to {@code to} inclusive; {@code to = -1} means "and over". */
final class AgeRange {
  final int from;
  final int to;

  AgeRange(int from, int to) {
    this.from = from;
    this.to = to;
  }

  static AgeRange of(int from, int to) {
    return new AgeRange(from, to);
  }

  static AgeRange andOver(int from) {
    return new AgeRange(from, -1);
  }

  CountResult count(AgeDistribution d) {
    return d.sum(from, to);
  }

  /**
   * The first and last band index of this range in {@code bands}, or null where
   * {@link AgeDistribution#sum(int, int)} finds no such bands (not computable on every row).
   */
  int @Nullable [] bandIndices(BandSet bands) {
    int first = bands.indexStartingAt(from);
    if (first < 0) {
      return null;
    }
    int last;
    if (to < 0) {
      if (!bands.isOpenTop()) {
        return null;
      }
      last = bands.size() - 1;
    } else {
      last = bands.indexEndingAt(to);
      if (last < 0) {
        return null;
      }
    }
    return last < first ? null : new int[] {first, last};
  }

  @Override
  public String toString() {
    return to < 0 ? from + "+" : from + "-" + to;
  }

  /** In words: {@code 20 bis unter 65}, {@code 65 und älter}. */
  String words() {
    return to < 0 ? from + " Jahre und älter" : from + " bis unter " + (to + 1) + " Jahre";
  }
}
