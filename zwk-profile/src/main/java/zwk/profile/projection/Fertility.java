// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import java.util.Map;
import java.util.SortedMap;

/**
 * Age-specific fertility rates {@code f_a}: live births per 1,000 women aged {@code a} (completed
 * years at the birth) in a year, for consecutive single ages (GENESIS 12612-0008: ages 15–49), and
 * the sex ratio at birth.
 *
 * <p>The births of a projection year are
 * {@code B = Σ_a f_a / 1000 · (F_a(start) + F_a(end)) / 2}, where {@code F_a} are the women aged
 * {@code a} at the start and at the end of the year (after deaths and migration): the mid-year
 * approximation of the women-years lived at age {@code a}, which is the denominator of the official
 * rates (average female population of the year). Of the births, {@code B · r / (100 + r)} are boys
 * and {@code B · 100 / (100 + r)} girls, with {@code r} the {@linkplain #sexRatioAtBirth() sex ratio at
 * birth}.
 */
public final class Fertility {
  /**
   * The default sex ratio at birth: 105 boys per 100 girls (Germany 2019: 399,292 boys and 378,798
   * girls, i.e. 105.4; 12612-0001).
   */
  public static final double DEFAULT_SEX_RATIO_AT_BIRTH = 105.0;

  private final int fromAge;
  private final double[] per1000;
  private final double sexRatioAtBirth;

  private Fertility(int fromAge, double[] per1000, double sexRatioAtBirth) {
    this.fromAge = fromAge;
    this.per1000 = per1000;
    this.sexRatioAtBirth = sexRatioAtBirth;
  }

  /**
   * Rates per 1,000 women for the consecutive ages {@code fromAge, fromAge+1, …}, with the default sex
   * ratio at birth.
   *
   * @throws IllegalArgumentException when {@code fromAge < 1} (age 0 cannot give birth, and its
   *     end-of-year count depends on the births) or a rate is negative or not finite (naming the age)
   */
  public static Fertility ofRates(int fromAge, double... ratesPer1000) {
    if (fromAge < 1) {
      throw new IllegalArgumentException("fromAge: expected an age >= 1, got " + fromAge);
    }
    double[] r = ratesPer1000.clone();
    for (int i = 0; i < r.length; i++) {
      if (!(r[i] >= 0) || !Double.isFinite(r[i])) {
        throw new IllegalArgumentException("fertility rate for age " + (fromAge + i) + ": expected a number >= 0 per 1,000 women, got "
            + r[i]);
      }
    }
    return new Fertility(fromAge, r, DEFAULT_SEX_RATIO_AT_BIRTH);
  }

  /**
   * Rates per 1,000 women by age (the form {@link zwk.profile.vital.TotalFertilityRate} takes).
   *
   * @throws IllegalArgumentException when the map is empty, the ages are not consecutive, or a rate is
   *     invalid (as {@link #ofRates(int, double...)})
   */
  public static Fertility ofRates(SortedMap<Integer, Double> ratesPer1000) {
    if (ratesPer1000.isEmpty()) {
      throw new IllegalArgumentException("ratesPer1000: expected at least one age, got none");
    }
    int from = ratesPer1000.firstKey();
    double[] r = new double[ratesPer1000.lastKey() - from + 1];
    if (r.length != ratesPer1000.size()) {
      throw new IllegalArgumentException("ratesPer1000: expected consecutive ages " + from + ".." + ratesPer1000.lastKey()
          + ", got " + ratesPer1000.size() + " ages " + ratesPer1000.keySet());
    }
    for (Map.Entry<Integer, Double> e : ratesPer1000.entrySet()) {
      r[e.getKey() - from] = java.util.Objects.requireNonNull(e.getValue(), "rate for age " + e.getKey());
    }
    return ofRates(from, r);
  }

  /** No births at all (e.g. to follow the cohorts alone). */
  public static Fertility none() {
    return new Fertility(1, new double[0], DEFAULT_SEX_RATIO_AT_BIRTH);
  }

  /**
   * The same rates with another sex ratio at birth.
   *
   * @param boysPer100Girls boys born per 100 girls, finite and {@code > 0}
   * @throws IllegalArgumentException otherwise
   */
  public Fertility withSexRatioAtBirth(double boysPer100Girls) {
    if (!(boysPer100Girls > 0) || !Double.isFinite(boysPer100Girls)) {
      throw new IllegalArgumentException("sexRatioAtBirth: expected boys per 100 girls > 0, got " + boysPer100Girls);
    }
    return new Fertility(fromAge, per1000, boysPer100Girls);
  }

  /** The first age with a rate. */
  public int fromAge() {
    return fromAge;
  }

  /** The last age with a rate ({@code fromAge − 1} when there are none). */
  public int toAge() {
    return fromAge + per1000.length - 1;
  }

  /** The rate per 1,000 women aged {@code age}; 0 outside {@code fromAge … toAge}. */
  public double ratePer1000(int age) {
    return age < fromAge || age > toAge() ? 0 : per1000[age - fromAge];
  }

  /** Boys born per 100 girls. */
  public double sexRatioAtBirth() {
    return sexRatioAtBirth;
  }

  /** The share of boys among births, {@code r / (100 + r)}. */
  public double boysShare() {
    return sexRatioAtBirth / (100 + sexRatioAtBirth);
  }

  /** The total fertility rate {@code Σ f_a / 1000} (children per woman). */
  public double totalFertilityRate() {
    double s = 0;
    for (double f : per1000) {
      s += f;
    }
    return s / 1000;
  }

  @Override
  public String toString() {
    return "Fertility[ages " + fromAge + "-" + toAge() + ", TFR " + totalFertilityRate() + ", sex ratio " + sexRatioAtBirth + "]";
  }
}
