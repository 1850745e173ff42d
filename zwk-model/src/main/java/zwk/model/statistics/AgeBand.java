// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.OptionalInt;
import zwk.model.internal.Ser;

/**
 * An age band in completed years: {@code from} to {@code to} inclusive, or open upwards ({@code 90
 * Jahre und mehr}). A single year of age is a band with {@code from == to}.
 *
 * <p>Invariants: {@code 0 <= from}, and {@code from <= to} when {@code to} is present.
 */
public final class AgeBand implements Comparable<AgeBand>, Serializable {
  private static final long serialVersionUID = 1L;

  private final int from;
  private final int to; // -1 = open

  private AgeBand(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * The band {@code from}–{@code to} years (both inclusive).
   *
   * @throws IllegalArgumentException naming the value when from &lt; 0 or to &lt; from
   */
  public static AgeBand of(int from, int to) {
    if (from < 0) {
      throw new IllegalArgumentException("from: expected an age >= 0, got " + from);
    }
    if (to < from) {
      throw new IllegalArgumentException("to: expected an age >= from (" + from + "), got " + to);
    }
    return new AgeBand(from, to);
  }

  /** The open band {@code from} years and over. */
  public static AgeBand openFrom(int from) {
    if (from < 0) {
      throw new IllegalArgumentException("from: expected an age >= 0, got " + from);
    }
    return new AgeBand(from, -1);
  }

  /** A single year of age. */
  public static AgeBand single(int age) {
    return of(age, age);
  }

  /** First year of age in the band. */
  public int from() {
    return from;
  }

  /** Last year of age in the band (inclusive), empty for an open band. */
  public OptionalInt to() {
    return to < 0 ? OptionalInt.empty() : OptionalInt.of(to);
  }

  /** Whether the band is open upwards. */
  public boolean isOpen() {
    return to < 0;
  }

  /** Whether the band is a single year of age. */
  public boolean isSingleYear() {
    return to == from;
  }

  /** Whether {@code age} lies in the band. */
  public boolean contains(int age) {
    return age >= from && (to < 0 || age <= to);
  }

  @Override
  public int compareTo(AgeBand o) {
    int c = Integer.compare(from, o.from);
    if (c != 0) {
      return c;
    }
    return Integer.compare(to < 0 ? Integer.MAX_VALUE : to, o.to < 0 ? Integer.MAX_VALUE : o.to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeBand && ((AgeBand) o).from == from && ((AgeBand) o).to == to;
  }

  @Override
  public int hashCode() {
    return 31 * from + to;
  }

  /** {@code 20-64}, {@code 90+} or {@code 5}. */
  @Override
  public String toString() {
    if (to < 0) {
      return from + "+";
    }
    return from == to ? Integer.toString(from) : from + "-" + to;
  }

  /** Writes the serialization proxy ({@code zwk.model.internal.Ser}) instead of the fields. */
  private Object writeReplace() {
    return Ser.of(this);
  }

  /** Refuses a stream that carries the fields directly: they would skip the invariant checks. */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw Ser.proxyRequired(AgeBand.class);
  }
}
