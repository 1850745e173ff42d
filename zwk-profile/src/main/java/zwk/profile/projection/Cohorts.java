// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import zwk.model.statistics.Sex;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

/**
 * The population of one region at one date by sex and single year of age (completed years), the
 * last band open (e.g. {@code 90+}), held as {@code double}s: projected counts are expected values,
 * not whole persons. Rounded whole counts come only from {@link #toDistribution(Sex)}.
 *
 * <p>Invariants: single-year bands with an open top (at least {@code 0, 1+}); every count finite
 * and {@code >= 0}. Immutable.
 */
public final class Cohorts {
  private final BandSet bands;
  private final double[] male;
  private final double[] female;

  private Cohorts(BandSet bands, double[] male, double[] female) {
    this.bands = bands;
    this.male = male;
    this.female = female;
  }

  /**
   * Cohorts from counts by band.
   *
   * @throws IllegalArgumentException when the bands are not single years with an open top, a length
   *     differs from the number of bands, or a count is negative or not finite (naming the array and
   *     index)
   */
  public static Cohorts of(BandSet bands, double[] male, double[] female) {
    Checks.singleYearsOpenTop(bands, "bands");
    return new Cohorts(bands, Checks.nonNegative(male, bands.size(), "male"),
        Checks.nonNegative(female, bands.size(), "female"));
  }

  /** Package factory over arrays the caller owns no more (no copy, no checks). */
  static Cohorts ofTrusted(BandSet bands, double[] male, double[] female) {
    return new Cohorts(bands, male, female);
  }

  /**
   * Cohorts from the male and female distributions of a population table.
   *
   * @throws IllegalArgumentException when the bands differ or are not single years with an open top,
   *     or a cell is not known (its state is named; never read as 0)
   */
  public static Cohorts from(AgeDistribution male, AgeDistribution female) {
    if (!male.bands().equals(female.bands())) {
      throw new IllegalArgumentException("female: expected the bands of male " + male.bands() + ", got " + female.bands());
    }
    BandSet b = Checks.singleYearsOpenTop(male.bands(), "bands");
    return new Cohorts(b, known(male, "male"), known(female, "female"));
  }

  /** Cohorts of {@code region} at {@code date} from a table with single years of age. */
  public static Cohorts from(PopulationTable table, String region, LocalDate date) {
    return from(table.distribution(region, date, Sex.MALE), table.distribution(region, date, Sex.FEMALE));
  }

  private static double[] known(AgeDistribution d, String parameter) {
    double[] v = new double[d.size()];
    for (int i = 0; i < v.length; i++) {
      if (!d.isKnown(i)) {
        throw new IllegalArgumentException(parameter + "[" + d.band(i) + "]: expected a known count, got "
            + d.state(i).map(s -> "'" + s.symbol() + "' (" + s.name() + ")").orElse("no value"));
      }
      v[i] = d.count(i);
    }
    return v;
  }

  /** The age bands. */
  public BandSet bands() {
    return bands;
  }

  /** Number of bands (ages {@code 0 … size-2} and the open band). */
  public int size() {
    return bands.size();
  }

  /** The age where the open top band starts. */
  public int openFrom() {
    return bands.band(bands.size() - 1).from();
  }

  /** Count of band {@code i} for {@code sex} ({@link Sex#TOTAL}: male + female). */
  public double count(Sex sex, int i) {
    Objects.checkIndex(i, male.length);
    switch (sex) {
      case MALE:
        return male[i];
      case FEMALE:
        return female[i];
      default:
        return male[i] + female[i];
    }
  }

  /** The counts of one sex by band, as a copy ({@link Sex#TOTAL}: male + female). */
  public double[] counts(Sex sex) {
    double[] v = new double[male.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = count(sex, i);
    }
    return v;
  }

  /** Internal arrays (package only, never exposed). */
  double[] raw(Sex sex) {
    return sex == Sex.MALE ? male : female;
  }

  /** The total of {@code sex} over all ages. */
  public double total(Sex sex) {
    return sum(sex, 0, -1);
  }

  /** The total of both sexes over all ages. */
  public double total() {
    return total(Sex.TOTAL);
  }

  /**
   * The count of {@code sex} aged {@code from} to {@code to} inclusive; {@code to < 0} means "and
   * over" (includes the open band).
   *
   * @throws IllegalArgumentException when {@code from} is negative, {@code to} lies inside the open
   *     band (it cannot be split) or {@code to < from}
   */
  public double sum(Sex sex, int from, int to) {
    int last = to < 0 ? size() - 1 : to;
    if (from < 0 || from >= size() || (to >= 0 && (to >= size() - 1 || to < from))) {
      throw new IllegalArgumentException("ages: expected 0 <= from <= to < " + openFrom() + " (or to < 0 for 'and over'), got "
          + from + ".." + to);
    }
    double s = 0;
    for (int i = from; i <= last; i++) {
      s += count(sex, i);
    }
    return s;
  }

  /**
   * The distribution of one sex with every count rounded half up to a whole person
   * ({@code Math.round}); {@link Sex#TOTAL} is the sum of the rounded male and female counts, so
   * that the parts add up. Sums of rounded cells can differ from {@link #total(Sex)} by up to half a
   * person per band.
   */
  public AgeDistribution toDistribution(Sex sex) {
    long[] c = new long[size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = sex == Sex.TOTAL ? Math.round(male[i]) + Math.round(female[i]) : Math.round(count(sex, i));
    }
    return AgeDistribution.of(bands, c);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cohorts && bands.equals(((Cohorts) o).bands) && Arrays.equals(male, ((Cohorts) o).male)
        && Arrays.equals(female, ((Cohorts) o).female);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bands, Arrays.hashCode(male), Arrays.hashCode(female));
  }

  @Override
  public String toString() {
    return "Cohorts[" + bands + ", male " + total(Sex.MALE) + ", female " + total(Sex.FEMALE) + "]";
  }
}
