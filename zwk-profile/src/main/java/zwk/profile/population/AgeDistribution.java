// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.ValueState;
import zwk.profile.reason.Reason;

/**
 * The counts of one region, date and sex over the bands of a {@link BandSet}, with the state of
 * each cell. A cell is <em>known</em> when it holds a number (including {@code -}, exactly zero);
 * otherwise its state says why not ({@code .}, {@code x}, … or no value supplied at all).
 *
 * <p>A distribution taken from a {@link PopulationTable} is a read-only view of the table's arrays
 * (no copy), so that iterating a Germany-sized table allocates almost nothing.
 */
public final class AgeDistribution {
  private final BandSet bands;
  private final int[] counts;
  private final int offset;
  private final byte[] states; // null: all known
  private final int n;

  AgeDistribution(BandSet bands, int[] counts, int offset, byte[] states) {
    this.bands = bands;
    this.counts = counts;
    this.offset = offset;
    this.states = states;
    this.n = bands.size();
  }

  /**
   * A distribution with every cell known.
   *
   * @throws IllegalArgumentException when the lengths differ or a count is negative
   */
  public static AgeDistribution of(BandSet bands, long... counts) {
    Objects.requireNonNull(bands, "bands");
    if (counts.length != bands.size()) {
      throw new IllegalArgumentException("counts: expected " + bands.size() + " values for " + bands + ", got " + counts.length);
    }
    int[] c = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0 || counts[i] > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("counts[" + i + "]: expected a count 0.." + Integer.MAX_VALUE + ", got " + counts[i]);
      }
      c[i] = (int) counts[i];
    }
    return new AgeDistribution(bands, c, 0, null);
  }

  /** The band set. */
  public BandSet bands() {
    return bands;
  }

  /** Number of bands. */
  public int size() {
    return n;
  }

  /** Whether the cell of band {@code i} holds a number. */
  public boolean isKnown(int i) {
    java.util.Objects.checkIndex(i, n);
    return states == null || states[offset + i] == CellStates.KNOWN;
  }

  /** The state of band {@code i}; empty when no value was supplied for it. */
  public Optional<ValueState> state(int i) {
    java.util.Objects.checkIndex(i, n);
    return CellStates.toValueState(states == null ? CellStates.KNOWN : states[offset + i]);
  }

  /** The count of band {@code i} (0 for a cell that is not known: check {@link #isKnown(int)}). */
  public long count(int i) {
    java.util.Objects.checkIndex(i, n);
    return counts[offset + i];
  }

  /** Whether every cell is known. */
  public boolean isComplete() {
    for (int i = 0; i < n; i++) {
      if (!isKnown(i)) {
        return false;
      }
    }
    return true;
  }

  /** The total over all bands. */
  public CountResult total() {
    return sumBands(0, n - 1);
  }

  /**
   * The number of people aged {@code from} to {@code to} (inclusive); {@code to < 0} means "and
   * over". The ages must coincide with band boundaries.
   */
  public CountResult sum(int from, int to) {
    int first = bands.indexStartingAt(from);
    if (first < 0) {
      return CountResult.notAvailable(bands.noBandStartsAt(from));
    }
    int last;
    if (to < 0) {
      last = n - 1;
      if (!bands.isOpenTop()) {
        return CountResult.notAvailable(Reason.closedTopBand(from, bands.bands()));
      }
    } else {
      last = bands.indexEndingAt(to);
      if (last < 0) {
        return CountResult.notAvailable(bands.noBandEndsAt(to));
      }
    }
    if (last < first) {
      return CountResult.notAvailable(Reason.emptyAgeRange(from, to));
    }
    return sumBands(first, last);
  }

  /** The sum over band indices {@code first..last} inclusive, or why it is not known. */
  public CountResult sumBands(int first, int last) {
    java.util.Objects.checkFromToIndex(first, last + 1, n);
    long s = 0;
    for (int i = first; i <= last; i++) {
      if (states != null && states[offset + i] != CellStates.KNOWN) {
        Optional<ValueState> st = state(i);
        return CountResult.notAvailable(st.isPresent() ? Reason.cellNotKnown(bands.band(i), st.get()) : Reason.cellMissing(bands.band(i)));
      }
      s += counts[offset + i];
    }
    return CountResult.of(s);
  }

  /**
   * A copy with every count multiplied by {@code k} (states kept).
   *
   * @throws ArithmeticException when a product exceeds {@code Integer.MAX_VALUE}
   */
  public AgeDistribution scaled(int k) {
    int[] c = new int[n];
    for (int i = 0; i < n; i++) {
      c[i] = Math.multiplyExact(counts[offset + i], k);
    }
    return new AgeDistribution(bands, c, 0, states == null ? null : Arrays.copyOfRange(states, offset, offset + n));
  }

  /** The band of index {@code i}. */
  public AgeBand band(int i) {
    return bands.band(i);
  }

  @Override
  public String toString() {
    return bands + "=" + Arrays.toString(Arrays.copyOfRange(counts, offset, offset + n)) + (isComplete() ? "" : " (incomplete)");
  }
}
