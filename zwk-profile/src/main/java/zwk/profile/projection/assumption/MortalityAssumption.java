// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.projection.Mortality;
import zwk.profile.vital.LifeTable;

/**
 * The mortality assumption of a projection variant: the life expectancy at birth {@code e_0} per sex
 * and year, and a base period life table ({@code q_x} for ages {@code 0 … ω}, the last age open) whose
 * age pattern is the starting point. Each year's life table is the base table changed to reach that
 * year's {@code e_0} by the {@link #method()}: proportionally ({@link ProportionalMortality}, the
 * default) or along an age pattern of improvement {@code b_x} ({@link LogLinearMortality}, with
 * {@link #improvementMale()} / {@link #improvementFemale()}); the projection then uses its survival
 * ratios ({@link Mortality#fromLifeTables}).
 */
public final class MortalityAssumption {
  private final List<YearValue> lifeExpectancyMale;
  private final List<YearValue> lifeExpectancyFemale;
  private final List<Double> baseQxMale;
  private final List<Double> baseQxFemale;
  private final MortalityMethod method;
  private final List<Double> improvementMale;
  private final List<Double> improvementFemale;
  private final Optional<String> source;

  private MortalityAssumption(Builder b) {
    this.lifeExpectancyMale = YearValue.checkPath(Values.required(b.lifeExpectancyMale, "lifeExpectancyMale", "a path"),
        "lifeExpectancyMale", 0);
    this.lifeExpectancyFemale = YearValue.checkPath(Values.required(b.lifeExpectancyFemale, "lifeExpectancyFemale", "a path"),
        "lifeExpectancyFemale", 0);
    this.baseQxMale = Values.check(Values.required(b.baseQxMale, "baseQxMale", "death probabilities"), "baseQxMale", 0, 1);
    this.baseQxFemale = Values.check(Values.required(b.baseQxFemale, "baseQxFemale", "death probabilities"), "baseQxFemale", 0, 1);
    if (baseQxFemale.size() != baseQxMale.size()) {
      throw new IllegalArgumentException("baseQxFemale: expected " + baseQxMale.size() + " ages like baseQxMale, got "
          + baseQxFemale.size());
    }
    if (baseQxMale.size() < 2) {
      throw new IllegalArgumentException("baseQxMale: expected at least ages 0 and 1+, got " + baseQxMale.size());
    }
    this.method = Values.required(b.method, "method", "a mortality method");
    this.improvementMale = List.copyOf(Values.required(b.improvementMale, "improvementMale", "improvement rates"));
    this.improvementFemale = List.copyOf(Values.required(b.improvementFemale, "improvementFemale", "improvement rates"));
    if (method == MortalityMethod.LOG_LINEAR_IMPROVEMENT) {
      Values.check(improvementMale, "improvementMale", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      Values.check(improvementFemale, "improvementFemale", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      if (improvementMale.size() != baseQxMale.size() || improvementFemale.size() != baseQxMale.size()) {
        throw new IllegalArgumentException("improvementMale/improvementFemale: expected " + baseQxMale.size()
            + " ages like baseQxMale, got " + improvementMale.size() + " and " + improvementFemale.size());
      }
    } else if (!improvementMale.isEmpty() || !improvementFemale.isEmpty()) {
      throw new IllegalArgumentException("improvementMale/improvementFemale: expected none with method " + method
          + ", got " + improvementMale.size() + " and " + improvementFemale.size() + " values");
    }
    this.source = Optional.ofNullable(b.source);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Life expectancy at birth of boys per year. */
  public List<YearValue> lifeExpectancyMale() {
    return lifeExpectancyMale;
  }

  /** Life expectancy at birth of girls per year. */
  public List<YearValue> lifeExpectancyFemale() {
    return lifeExpectancyFemale;
  }

  /** {@code q_x} of the base life table, boys, ages {@code 0 … ω}. */
  public List<Double> baseQxMale() {
    return baseQxMale;
  }

  /** {@code q_x} of the base life table, girls. */
  public List<Double> baseQxFemale() {
    return baseQxFemale;
  }

  /** How each year's table is solved from the base table ({@link MortalityMethod#PROPORTIONAL} by default). */
  public MortalityMethod method() {
    return method;
  }

  /**
   * {@code b_x} of boys, ages {@code 0 … ω}: the annual rate of decline of mortality at age {@code x}
   * ({@link AssumptionSources#mortalityImprovement}); empty unless the method is {@link
   * MortalityMethod#LOG_LINEAR_IMPROVEMENT}.
   */
  public List<Double> improvementMale() {
    return improvementMale;
  }

  /** {@code b_x} of girls (see {@link #improvementMale()}). */
  public List<Double> improvementFemale() {
    return improvementFemale;
  }

  /** Where the values come from. */
  public Optional<String> source() {
    return source;
  }

  /**
   * The life table of {@code sex} in {@code year} ({@link ProportionalMortality#solve} or {@link
   * LogLinearMortality#solve}, by the {@link #method()}).
   */
  public LifeTable lifeTable(Sex sex, int year) {
    boolean male = sex == Sex.MALE;
    double[] q = Values.toArray(male ? baseQxMale : baseQxFemale);
    double target = YearValue.at(male ? lifeExpectancyMale : lifeExpectancyFemale, year);
    Sex s = male ? Sex.MALE : Sex.FEMALE;
    if (method == MortalityMethod.LOG_LINEAR_IMPROVEMENT) {
      return LogLinearMortality.solve(q, Values.toArray(male ? improvementMale : improvementFemale), s, target);
    }
    return ProportionalMortality.solve(q, s, target);
  }

  /** The mortality of {@code year} collapsed to {@code bands}. */
  public Mortality forYear(int year, BandSet bands) {
    return Mortality.fromLifeTables(lifeTable(Sex.MALE, year), lifeTable(Sex.FEMALE, year), bands);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MortalityAssumption)) {
      return false;
    }
    MortalityAssumption m = (MortalityAssumption) o;
    return lifeExpectancyMale.equals(m.lifeExpectancyMale) && lifeExpectancyFemale.equals(m.lifeExpectancyFemale)
        && baseQxMale.equals(m.baseQxMale) && baseQxFemale.equals(m.baseQxFemale) && method == m.method
        && improvementMale.equals(m.improvementMale) && improvementFemale.equals(m.improvementFemale) && source.equals(m.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lifeExpectancyMale, lifeExpectancyFemale, baseQxMale, baseQxFemale, method, improvementMale,
        improvementFemale, source);
  }

  @Override
  public String toString() {
    return "MortalityAssumption[" + method + ", e0 male " + lifeExpectancyMale + ", female " + lifeExpectancyFemale + "]";
  }

  /** Builds a {@link MortalityAssumption}. */
  public static final class Builder {
    private List<YearValue> lifeExpectancyMale;
    private List<YearValue> lifeExpectancyFemale;
    private List<Double> baseQxMale;
    private List<Double> baseQxFemale;
    private MortalityMethod method = MortalityMethod.PROPORTIONAL;
    private List<Double> improvementMale = List.of();
    private List<Double> improvementFemale = List.of();
    private String source;

    private Builder() {}

    /** e0 path of boys. */
    public Builder lifeExpectancyMale(List<YearValue> v) {
      this.lifeExpectancyMale = v;
      return this;
    }

    /** e0 path of girls. */
    public Builder lifeExpectancyFemale(List<YearValue> v) {
      this.lifeExpectancyFemale = v;
      return this;
    }

    /** Base q_x of boys. */
    public Builder baseQxMale(List<Double> v) {
      this.baseQxMale = v;
      return this;
    }

    /** Base q_x of girls. */
    public Builder baseQxFemale(List<Double> v) {
      this.baseQxFemale = v;
      return this;
    }

    /** The method (default {@link MortalityMethod#PROPORTIONAL}). */
    public Builder method(MortalityMethod v) {
      this.method = v;
      return this;
    }

    /** {@code b_x} of boys (only with {@link MortalityMethod#LOG_LINEAR_IMPROVEMENT}). */
    public Builder improvementMale(List<Double> v) {
      this.improvementMale = v;
      return this;
    }

    /** {@code b_x} of girls. */
    public Builder improvementFemale(List<Double> v) {
      this.improvementFemale = v;
      return this;
    }

    /** The source. */
    public Builder source(String v) {
      this.source = v;
      return this;
    }

    /** @throws IllegalArgumentException or IllegalStateException naming the property */
    public MortalityAssumption build() {
      return new MortalityAssumption(this);
    }
  }
}
