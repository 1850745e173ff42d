// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import zwk.model.statistics.AgeBand;
import zwk.profile.reason.Reason;

/**
 * An ordered, gap-free partition of ages into bands (<em>Altersgruppen</em>) that starts at age 0;
 * the last band may be open ({@code 90 Jahre und mehr}). Single years of age are a band set whose
 * bands are all one year wide except the open top band.
 *
 * <p>Invariants: at least one band; the first band starts at 0; each band starts where the previous
 * one ended; only the last band may be open.
 */
public final class BandSet {
  private static final int CACHED_AGES = 128;

  private final AgeBand[] bands;
  // Why a sum over ages is not available, per age: indicators ask the same question of every
  // distribution (functional age groups that do not fit the bands), and a Reason is immutable, so
  // one per band set and age serves them all. Filled lazily; a race only builds an equal Reason twice.
  private final Reason[] noBandStartsAt = new Reason[CACHED_AGES];
  private final Reason[] noBandEndsAt = new Reason[CACHED_AGES];

  private BandSet(AgeBand[] bands) {
    this.bands = bands;
  }

  /** {@link Reason#noBandStartsAt} for these bands (the same object for the same age). */
  Reason noBandStartsAt(int age) {
    if (age < 0 || age >= CACHED_AGES) {
      return Reason.noBandStartsAt(age, bands());
    }
    Reason r = noBandStartsAt[age];
    if (r == null) {
      r = Reason.noBandStartsAt(age, bands());
      noBandStartsAt[age] = r;
    }
    return r;
  }

  /** {@link Reason#noBandEndsAt} for these bands (the same object for the same age). */
  Reason noBandEndsAt(int age) {
    if (age < 0 || age >= CACHED_AGES) {
      return Reason.noBandEndsAt(age, bands());
    }
    Reason r = noBandEndsAt[age];
    if (r == null) {
      r = Reason.noBandEndsAt(age, bands());
      noBandEndsAt[age] = r;
    }
    return r;
  }

  /**
   * A band set from its bands in ascending order.
   *
   * @throws IllegalArgumentException naming the offending band when the bands do not form a
   *     gap-free partition from age 0
   */
  public static BandSet of(List<AgeBand> bands) {
    Objects.requireNonNull(bands, "bands");
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("bands: expected at least one age band, got none");
    }
    AgeBand[] a = bands.toArray(new AgeBand[0]);
    int expectedFrom = 0;
    for (int i = 0; i < a.length; i++) {
      AgeBand b = Objects.requireNonNull(a[i], "bands[" + i + "]");
      if (b.from() != expectedFrom) {
        throw new IllegalArgumentException("bands[" + i + "]: expected a band starting at age "
            + expectedFrom + ", got " + b);
      }
      if (b.isOpen() && i != a.length - 1) {
        throw new IllegalArgumentException("bands[" + i + "]: expected only the last band to be open, got " + b
            + " before " + a[i + 1]);
      }
      expectedFrom = b.isOpen() ? -1 : b.to().getAsInt() + 1;
    }
    return new BandSet(a);
  }

  /** A band set from its bands in ascending order. */
  public static BandSet of(AgeBand... bands) {
    return of(Arrays.asList(bands));
  }

  /**
   * Single years of age {@code 0 … openFrom-1} and the open band {@code openFrom+} (e.g. 100 gives
   * 101 bands: 0 … 99 and 100+).
   */
  public static BandSet singleYears(int openFrom) {
    if (openFrom < 1) {
      throw new IllegalArgumentException("openFrom: expected an age >= 1, got " + openFrom);
    }
    AgeBand[] a = new AgeBand[openFrom + 1];
    for (int i = 0; i < openFrom; i++) {
      a[i] = AgeBand.single(i);
    }
    a[openFrom] = AgeBand.openFrom(openFrom);
    return new BandSet(a);
  }

  /**
   * Bands that start at the given ages; the last one is open. {@code fromLowerBounds(0, 20, 65)}
   * gives 0–19, 20–64, 65+.
   */
  public static BandSet fromLowerBounds(int... starts) {
    List<AgeBand> list = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      list.add(i == starts.length - 1 ? AgeBand.openFrom(starts[i]) : AgeBand.of(starts[i], starts[i + 1] - 1));
    }
    return of(list);
  }

  /** Number of bands. */
  public int size() {
    return bands.length;
  }

  /** The band at {@code index}. */
  public AgeBand band(int index) {
    return bands[index];
  }

  /** The bands in order. */
  public List<AgeBand> bands() {
    return Collections.unmodifiableList(Arrays.asList(bands));
  }

  /** Whether the top band is open. */
  public boolean isOpenTop() {
    return bands[bands.length - 1].isOpen();
  }

  /** Whether every band but an open top band is one year wide. */
  public boolean isSingleYears() {
    for (int i = 0; i < bands.length; i++) {
      if (!bands[i].isSingleYear() && !(i == bands.length - 1 && bands[i].isOpen())) {
        return false;
      }
    }
    return true;
  }

  /** Index of the band that contains {@code age}, or -1 when no band does. */
  public int indexOfAge(int age) {
    for (int i = 0; i < bands.length; i++) {
      if (bands[i].contains(age)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the band that starts exactly at {@code age}, or -1. */
  public int indexStartingAt(int age) {
    for (int i = 0; i < bands.length; i++) {
      if (bands[i].from() == age) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the band that ends exactly at {@code age} (inclusive), or -1. */
  public int indexEndingAt(int age) {
    for (int i = 0; i < bands.length; i++) {
      if (!bands[i].isOpen() && bands[i].to().getAsInt() == age) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the band that equals {@code band}, or -1. */
  public int indexOf(AgeBand band) {
    for (int i = 0; i < bands.length; i++) {
      if (bands[i].equals(band)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * For each band of this set, the index of the band of {@code coarser} that contains it.
   *
   * @throws IllegalArgumentException naming the first boundary of {@code coarser} that does not
   *     coincide with a boundary of this set (regrouping would have to split a band: never
   *     approximated)
   */
  public int[] mappingTo(BandSet coarser) {
    int[] map = new int[bands.length];
    for (int j = 0; j < coarser.bands.length; j++) {
      AgeBand c = coarser.bands[j];
      if (indexStartingAt(c.from()) < 0) {
        throw new IllegalArgumentException("bands: target band " + c + " starts at age " + c.from()
            + ", which is no band boundary of " + this + "; regrouping would split a band");
      }
    }
    AgeBand lastCoarse = coarser.bands[coarser.bands.length - 1];
    AgeBand lastFine = bands[bands.length - 1];
    if (!lastCoarse.isOpen()) {
      int top = lastCoarse.to().getAsInt();
      if (lastFine.isOpen() || lastFine.to().getAsInt() != top) {
        throw new IllegalArgumentException("bands: target top band " + lastCoarse + " ends at age " + top
            + ", but the source " + this + " ends with " + lastFine);
      }
    }
    for (int i = 0; i < bands.length; i++) {
      int j = coarser.indexOfAge(bands[i].from());
      if (j < 0) {
        throw new IllegalArgumentException("bands: source band " + bands[i] + " lies outside the target " + coarser);
      }
      AgeBand c = coarser.bands[j];
      boolean fits = c.isOpen() || (!bands[i].isOpen() && bands[i].to().getAsInt() <= c.to().getAsInt());
      if (!fits) {
        throw new IllegalArgumentException("bands: source band " + bands[i] + " straddles the end of target band " + c);
      }
      map[i] = j;
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BandSet && Arrays.equals(bands, ((BandSet) o).bands);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bands);
  }

  /** E.g. {@code [0-2, 3-5, 6+]}; long single-year sets are abbreviated. */
  @Override
  public String toString() {
    if (bands.length > 12) {
      return "[" + bands[0] + ", " + bands[1] + ", … " + bands[bands.length - 1] + "] (" + bands.length + " bands)";
    }
    return Arrays.toString(bands);
  }
}
