package zwk.profile.population;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.ValueState;

/**
 * The counts of one region, date and sex over the bands of a {@link BandSet}, with the state of
 * each cell. A cell is <em>known</em> when it holds a number (including {@code -}, exactly zero);
 * otherwise its state says why not ({@code .}, {@code x}, … or no value supplied at all).
 */
public final class AgeDistribution {
  private final BandSet bands;
  private final long[] counts;
  private final byte[] states; // null: all known

  AgeDistribution(BandSet bands, long[] counts, byte[] states) {
    this.bands = bands;
    this.counts = counts;
    this.states = states;
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
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException("counts[" + i + "]: expected a count >= 0, got " + counts[i]);
      }
    }
    return new AgeDistribution(bands, counts.clone(), null);
  }

  /** The band set. */
  public BandSet bands() {
    return bands;
  }

  /** Number of bands. */
  public int size() {
    return counts.length;
  }

  /** Whether the cell of band {@code i} holds a number. */
  public boolean isKnown(int i) {
    return states == null || states[i] == CellStates.KNOWN;
  }

  /** The state of band {@code i}; empty when no value was supplied for it. */
  public Optional<ValueState> state(int i) {
    return CellStates.toValueState(states == null ? CellStates.KNOWN : states[i]);
  }

  /** The count of band {@code i} (0 for a cell that is not known: check {@link #isKnown(int)}). */
  public long count(int i) {
    return counts[i];
  }

  /** Whether every cell is known. */
  public boolean isComplete() {
    for (int i = 0; i < counts.length; i++) {
      if (!isKnown(i)) {
        return false;
      }
    }
    return true;
  }

  /** The total over all bands. */
  public CountResult total() {
    return sumBands(0, counts.length - 1);
  }

  /**
   * The number of people aged {@code from} to {@code to} (inclusive); {@code to < 0} means "and
   * over". The ages must coincide with band boundaries.
   */
  public CountResult sum(int from, int to) {
    int first = bands.indexStartingAt(from);
    if (first < 0) {
      return CountResult.notAvailable("no age band starts at age " + from + " in " + bands);
    }
    int last;
    if (to < 0) {
      last = counts.length - 1;
      if (!bands.isOpenTop()) {
        return CountResult.notAvailable("ages " + from + "+ requested, but the top band of " + bands + " is closed");
      }
    } else {
      last = bands.indexEndingAt(to);
      if (last < 0) {
        return CountResult.notAvailable("no age band ends at age " + to + " in " + bands);
      }
    }
    if (last < first) {
      return CountResult.notAvailable("empty age range " + from + "-" + to);
    }
    return sumBands(first, last);
  }

  /** The sum over band indices {@code first..last} inclusive, or why it is not known. */
  public CountResult sumBands(int first, int last) {
    long s = 0;
    for (int i = first; i <= last; i++) {
      if (!isKnown(i)) {
        return CountResult.notAvailable("age band " + bands.band(i) + " is "
            + state(i).map(v -> "'" + v.symbol() + "' (" + v.name() + ")").orElse("missing (no value supplied)"));
      }
      s += counts[i];
    }
    return CountResult.of(s);
  }

  /** A copy with every known count multiplied by {@code k} (states kept). */
  public AgeDistribution scaled(long k) {
    long[] c = new long[counts.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = Math.multiplyExact(counts[i], k);
    }
    return new AgeDistribution(bands, c, states == null ? null : states.clone());
  }

  /** The band of index {@code i}. */
  public AgeBand band(int i) {
    return bands.band(i);
  }

  @Override
  public String toString() {
    return bands + "=" + Arrays.toString(counts) + (isComplete() ? "" : " (incomplete)");
  }
}
