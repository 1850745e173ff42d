// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One point of an assumption path: a value for a calendar year (a total fertility rate, a life
 * expectancy at birth, a net migration), with the public source it comes from. A path is a list of
 * points with strictly increasing years; {@link #at(List, int)} reads it.
 */
public final class YearValue {
  private final int year;
  private final double value;
  private final Optional<String> source;

  private YearValue(int year, double value, Optional<String> source) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value: expected a finite number (year " + year + "), got " + value);
    }
    this.year = year;
    this.value = value;
    this.source = source;
  }

  /** A point without a source. */
  public static YearValue of(int year, double value) {
    return new YearValue(year, value, Optional.empty());
  }

  /** A point with its source (a table, a footnote, a document; or "interpolated: …"). */
  public static YearValue of(int year, double value, String source) {
    return new YearValue(year, value, Optional.of(source));
  }

  /** A builder (for bindings). */
  public static Builder builder() {
    return new Builder();
  }

  /** The calendar year. */
  public int year() {
    return year;
  }

  /** The value. */
  public double value() {
    return value;
  }

  /** Where the value comes from. */
  public Optional<String> source() {
    return source;
  }

  /**
   * The value of a path in {@code year}: linear between the two points around it, the first value
   * before the first point and the last value after the last (a path "stays constant afterwards").
   *
   * @throws IllegalArgumentException for an empty path
   */
  public static double at(List<YearValue> path, int year) {
    if (path.isEmpty()) {
      throw new IllegalArgumentException("path: expected at least one year, got none");
    }
    YearValue first = path.get(0);
    if (year <= first.year) {
      return first.value;
    }
    for (int i = 1; i < path.size(); i++) {
      YearValue b = path.get(i);
      if (year <= b.year) {
        YearValue a = path.get(i - 1);
        return a.value + (b.value - a.value) * (year - a.year) / (b.year - a.year);
      }
    }
    return path.get(path.size() - 1).value;
  }

  /**
   * Checks a path: at least one point, strictly increasing years, every value {@code >= min}.
   *
   * @return an immutable copy
   * @throws IllegalArgumentException naming the parameter, the index and the values
   */
  static List<YearValue> checkPath(List<YearValue> path, String parameter, double min) {
    Objects.requireNonNull(path, parameter);
    if (path.isEmpty()) {
      throw new IllegalArgumentException(parameter + ": expected at least one year, got none");
    }
    for (int i = 0; i < path.size(); i++) {
      YearValue v = Objects.requireNonNull(path.get(i), parameter + "[" + i + "]");
      if (v.value < min) {
        throw new IllegalArgumentException(parameter + "[" + i + "]: expected a value >= " + min + ", got " + v.value);
      }
      if (i > 0 && v.year <= path.get(i - 1).year) {
        throw new IllegalArgumentException(parameter + "[" + i + "]: expected a year after " + path.get(i - 1).year + ", got "
            + v.year);
      }
    }
    return List.copyOf(path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YearValue && ((YearValue) o).year == year && Double.compare(((YearValue) o).value, value) == 0
        && ((YearValue) o).source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, value, source);
  }

  @Override
  public String toString() {
    return year + ": " + value + source.map(s -> " (" + s + ")").orElse("");
  }

  /** Builds a {@link YearValue}. */
  public static final class Builder {
    private Integer year;
    private Double value;
    private String source;

    private Builder() {}

    /** The year (required). */
    public Builder year(int y) {
      this.year = y;
      return this;
    }

    /** The value (required). */
    public Builder value(double v) {
      this.value = v;
      return this;
    }

    /** The source. */
    public Builder source(String s) {
      this.source = Objects.requireNonNull(s, "source");
      return this;
    }

    /** @throws IllegalStateException when the year or value is missing */
    public YearValue build() {
      if (year == null || value == null) {
        throw new IllegalStateException("YearValue: expected year and value, got " + (year == null ? "no year" : "no value"));
      }
      return new YearValue(year, value, Optional.ofNullable(source));
    }
  }
}
