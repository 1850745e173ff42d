// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

/**
 * The counts of one region and date over the bands of a {@link BandSet} (everybody), with prefix
 * sums of the counts and of the cells that are not known, so that every age range is summed in
 * O(1); plus the totals of men and women. Scratch space of an {@link IndicatorBatch}, refilled per
 * row (no allocation per row).
 */
final class BandSums {
  final int n;
  /** Counts of the bands (0 where not known). */
  final long[] count;
  /** {@code sum[i]}: counts of bands {@code 0 … i-1}. */
  final long[] sum;
  /** {@code unknown[i]}: bands {@code 0 … i-1} that are not known. */
  final int[] unknown;
  /** Total of men over all bands, or -1 when some band is not known (filled only when asked for). */
  long maleTotal;
  /** Total of women, likewise. */
  long femaleTotal;

  BandSums(int n) {
    this.n = n;
    this.count = new long[n];
    this.sum = new long[n + 1];
    this.unknown = new int[n + 1];
  }

  /** Fills everybody's bands from the table; the totals of men and women when {@code sexes}. */
  void fill(PopulationTable t, int r, int d, boolean sexes) {
    boolean complete = t.isComplete();
    long s = 0;
    int u = 0;
    for (int i = 0; i < n; i++) {
      long c;
      if (complete || t.isKnown(r, d, Sex.TOTAL, i)) {
        c = t.count(r, d, Sex.TOTAL, i);
      } else {
        c = 0;
        u++;
      }
      count[i] = c;
      s += c;
      sum[i + 1] = s;
      unknown[i + 1] = u;
    }
    if (sexes) {
      maleTotal = total(t, r, d, Sex.MALE, complete);
      femaleTotal = total(t, r, d, Sex.FEMALE, complete);
    }
  }

  /** The sex's total over all bands, or -1 when a band is not known (counts are never negative). */
  private long total(PopulationTable t, int r, int d, Sex sex, boolean complete) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      if (!complete && !t.isKnown(r, d, sex, i)) {
        return -1;
      }
      s += t.count(r, d, sex, i);
    }
    return s;
  }

  /** Whether every band of everybody is known. */
  boolean complete() {
    return unknown[n] == 0;
  }

  /** Whether bands {@code first … last} are all known. */
  boolean known(int first, int last) {
    return unknown[last + 1] == unknown[first];
  }

  /** The sum of bands {@code first … last}. */
  long sum(int first, int last) {
    return sum[last + 1] - sum[first];
  }
}
