// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zwk.profile.projection.Fertility;

/**
 * The fertility assumption of a projection variant: the total fertility rate (TFR, children per
 * woman) per year, an age schedule of rates per 1,000 women for consecutive single ages that gives
 * the shape, an optional shift of that shape in timing, and the sex ratio at birth.
 *
 * <p>The rates of year {@code t} are
 *
 * <pre>
 *   d     = timingShiftPerYear · (t − baseYear)                 (years of age the schedule has moved)
 *   g_a   = s(a − d)                                            (s: the schedule, linear between ages, 0 outside)
 *   f_a   = g_a · 1000 · TFR(t) / Σ g                            (scaled to the year's TFR)
 * </pre>
 *
 * with {@code TFR(t)} read from the path by {@link YearValue#at}. A positive shift moves births to
 * higher ages (later motherhood), without changing the TFR.
 */
public final class FertilityAssumption {
  private final List<YearValue> totalFertilityRate;
  private final int scheduleFromAge;
  private final List<Double> schedulePer1000;
  private final double timingShiftPerYear;
  private final double sexRatioAtBirth;
  private final Optional<String> source;

  private FertilityAssumption(Builder b) {
    this.totalFertilityRate = YearValue.checkPath(Values.required(b.totalFertilityRate, "totalFertilityRate", "a path"),
        "totalFertilityRate", 0);
    this.scheduleFromAge = Values.required(b.scheduleFromAge, "scheduleFromAge", "an age >= 1");
    if (scheduleFromAge < 1) {
      throw new IllegalArgumentException("scheduleFromAge: expected an age >= 1, got " + scheduleFromAge);
    }
    this.schedulePer1000 = Values.check(Values.required(b.schedulePer1000, "schedulePer1000", "rates per 1,000 women"),
        "schedulePer1000", 0, Double.MAX_VALUE);
    if (!(Values.sum(schedulePer1000) > 0)) {
      throw new IllegalArgumentException("schedulePer1000: expected a positive sum, got 0");
    }
    this.timingShiftPerYear = b.timingShiftPerYear;
    if (!Double.isFinite(timingShiftPerYear) || Math.abs(timingShiftPerYear) > 1) {
      throw new IllegalArgumentException("timingShiftPerYear: expected -1..1 years of age per year, got " + timingShiftPerYear);
    }
    this.sexRatioAtBirth = b.sexRatioAtBirth;
    if (!(sexRatioAtBirth > 0) || !Double.isFinite(sexRatioAtBirth)) {
      throw new IllegalArgumentException("sexRatioAtBirth: expected boys per 100 girls > 0, got " + sexRatioAtBirth);
    }
    this.source = Optional.ofNullable(b.source);
  }

  /** A builder; {@code timingShiftPerYear} defaults to 0, {@code sexRatioAtBirth} to 105. */
  public static Builder builder() {
    return new Builder();
  }

  /** The TFR path (children per woman). */
  public List<YearValue> totalFertilityRate() {
    return totalFertilityRate;
  }

  /** The first age of the schedule. */
  public int scheduleFromAge() {
    return scheduleFromAge;
  }

  /** The age schedule (rates per 1,000 women for ages {@code scheduleFromAge, +1, …}); only its shape counts. */
  public List<Double> schedulePer1000() {
    return schedulePer1000;
  }

  /** Years of age the schedule moves per calendar year after the base year (0: fixed timing). */
  public double timingShiftPerYear() {
    return timingShiftPerYear;
  }

  /** Boys born per 100 girls. */
  public double sexRatioAtBirth() {
    return sexRatioAtBirth;
  }

  /** Where the schedule and sex ratio come from. */
  public Optional<String> source() {
    return source;
  }

  /**
   * The rates of {@code year}: the schedule shifted and scaled to the year's TFR (see the class
   * comment). Ages outside {@code 1 … maxAge} are dropped; a shifted schedule keeps its TFR.
   */
  public Fertility forYear(int year, int baseYear, int maxAge) {
    double d = timingShiftPerYear * (year - baseYear);
    int lo = Math.max(1, (int) Math.floor(scheduleFromAge + d));
    int hi = Math.min(maxAge, (int) Math.ceil(scheduleFromAge + schedulePer1000.size() - 1 + d));
    double[] g = new double[Math.max(0, hi - lo + 1)];
    double sum = 0;
    for (int a = lo; a <= hi; a++) {
      g[a - lo] = schedule(a - d);
      sum += g[a - lo];
    }
    double tfr = YearValue.at(totalFertilityRate, year);
    for (int i = 0; i < g.length; i++) {
      g[i] = sum > 0 ? g[i] * 1000 * tfr / sum : 0;
    }
    return Fertility.ofRates(lo, g).withSexRatioAtBirth(sexRatioAtBirth);
  }

  /** The schedule at a fractional age, linear between single ages, 0 outside. */
  private double schedule(double age) {
    double x = age - scheduleFromAge;
    int i = (int) Math.floor(x);
    double w = x - i;
    return (1 - w) * at(i) + w * at(i + 1);
  }

  private double at(int i) {
    return i < 0 || i >= schedulePer1000.size() ? 0 : schedulePer1000.get(i);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FertilityAssumption)) {
      return false;
    }
    FertilityAssumption f = (FertilityAssumption) o;
    return totalFertilityRate.equals(f.totalFertilityRate) && scheduleFromAge == f.scheduleFromAge
        && schedulePer1000.equals(f.schedulePer1000) && Double.compare(timingShiftPerYear, f.timingShiftPerYear) == 0
        && Double.compare(sexRatioAtBirth, f.sexRatioAtBirth) == 0 && source.equals(f.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(totalFertilityRate, scheduleFromAge, schedulePer1000, timingShiftPerYear, sexRatioAtBirth, source);
  }

  @Override
  public String toString() {
    return "FertilityAssumption[TFR " + totalFertilityRate + ", schedule from " + scheduleFromAge + "]";
  }

  /** Builds a {@link FertilityAssumption}. */
  public static final class Builder {
    private List<YearValue> totalFertilityRate;
    private Integer scheduleFromAge;
    private List<Double> schedulePer1000;
    private double timingShiftPerYear;
    private double sexRatioAtBirth = Fertility.DEFAULT_SEX_RATIO_AT_BIRTH;
    private String source;

    private Builder() {}

    /** The TFR path. */
    public Builder totalFertilityRate(List<YearValue> v) {
      this.totalFertilityRate = v;
      return this;
    }

    /** The first age of the schedule. */
    public Builder scheduleFromAge(int v) {
      this.scheduleFromAge = v;
      return this;
    }

    /** The age schedule. */
    public Builder schedulePer1000(List<Double> v) {
      this.schedulePer1000 = v;
      return this;
    }

    /** The timing shift. */
    public Builder timingShiftPerYear(double v) {
      this.timingShiftPerYear = v;
      return this;
    }

    /** The sex ratio at birth. */
    public Builder sexRatioAtBirth(double v) {
      this.sexRatioAtBirth = v;
      return this;
    }

    /** The source. */
    public Builder source(String v) {
      this.source = v;
      return this;
    }

    /** @throws IllegalArgumentException or IllegalStateException naming the property */
    public FertilityAssumption build() {
      return new FertilityAssumption(this);
    }
  }
}
