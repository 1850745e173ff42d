// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

/**
 * Derivation helpers that read assumption inputs out of official tables already parsed into a
 * {@link StatisticsTable} (zwk-io's {@code GenesisReader} reads the files):
 *
 * <ul>
 *   <li>{@link #fertilitySchedule}: the age-specific fertility rates of one year of GENESIS
 *       12612-0008 (live births per 1,000 women by single age 15–49);
 *   <li>{@link #lifeTableQx}: the {@code q_x} column of a period life table of one sex (e.g. the
 *       Sterbetafel 2018/2020, columns {@code geschlecht;alter;qx;…});
 *   <li>{@link #mortalityImprovement}: the annual rate of decline of mortality by age from observed
 *       deaths and population (e.g. 12613-0004 and 12411-0006).
 * </ul>
 *
 * A missing, duplicate or non-consecutive age fails, naming the table, the year or sex and the age.
 */
public final class AssumptionSources {
  private AssumptionSources() {}

  /**
   * The rates per 1,000 women of {@code year}, by age (consecutive), from a table of records with a
   * year, an age band of one year and a value (12612-0008).
   *
   * @throws IllegalArgumentException when the year has no rates, an age occurs twice, the ages are
   *     not consecutive or a value is not known
   */
  public static SortedMap<Integer, Double> fertilitySchedule(StatisticsTable table, int year) {
    SortedMap<Integer, Double> rates = new TreeMap<>();
    for (StatisticsRecord r : table.records()) {
      if (r.year().isPresent() && r.year().get() == year && r.age().isPresent()) {
        int age = r.age().get().from();
        if (r.value().isEmpty()) {
          throw new IllegalArgumentException(table.source() + ": year " + year + ", age " + age + ": expected a rate, got "
              + r.state());
        }
        if (rates.put(age, r.value().get().doubleValue()) != null) {
          throw new IllegalArgumentException(table.source() + ": year " + year + ": expected one rate for age " + age
              + ", got two");
        }
      }
    }
    checkConsecutive(rates, table.source() + ": year " + year);
    return rates;
  }

  /**
   * The {@code q_x} of {@code sex} by age {@code 0 … ω} from the records with variable {@code qx}.
   *
   * @throws IllegalArgumentException as {@link #fertilitySchedule}, or when the ages do not start at 0
   */
  public static double[] lifeTableQx(StatisticsTable table, Sex sex) {
    SortedMap<Integer, Double> q = new TreeMap<>();
    for (StatisticsRecord r : table.records()) {
      if (r.sex().orElse(null) == sex && "qx".equals(r.variable()) && r.age().isPresent()) {
        int age = r.age().get().from();
        if (r.value().isEmpty() || q.put(age, r.value().get().doubleValue()) != null) {
          throw new IllegalArgumentException(table.source() + ": " + sex + ", age " + age + ": expected one known qx, got "
              + (r.value().isEmpty() ? r.state().toString() : "two"));
        }
      }
    }
    checkConsecutive(q, table.source() + ": " + sex);
    if (q.firstKey() != 0) {
      throw new IllegalArgumentException(table.source() + ": " + sex + ": expected qx from age 0, got from " + q.firstKey());
    }
    return toArray(q);
  }

  /**
   * The age pattern of mortality improvement {@code b_x}, ages {@code 0 … omega}, of {@code sex} in
   * {@code region}, from observed deaths and population:
   *
   * <ol>
   *   <li>central death rate {@code m_x(t) = D_x(t) / ((P_x(t−1) + P_x(t)) / 2)} for every year
   *       {@code t = fromYear … toYear}, with {@code D_x(t)} the deaths of year {@code t} at age
   *       {@code x} (in {@code deaths}, dated 31.12.{@code t}) and {@code P_x} the population on
   *       31.12. (the mean of the two dates approximates the mid-year population); the deaths are
   *       regrouped into the population's bands, so its open band {@code O+} gets one rate;
   *   <li>{@code β_x} = the least-squares slope of {@code ln m_x(t)} over {@code t}, and {@code b_x =
   *       −β_x} (a decline of 2 % a year is about {@code 0.02});
   *   <li>ages {@code 1 … O−1} smoothed by the mean over the ages {@code x−2 … x+2} within {@code 1 …
   *       O−1} (at ages 5–15 a year has some 50 deaths per sex, whose random noise would otherwise
   *       show in {@code b_x}); age 0 as observed; every age {@code x ≥ O} (up to {@code omega}) gets
   *       the {@code b} of the open band.
   * </ol>
   *
   * @param deaths deaths by single year of age (or bands the population's bands are made of)
   * @param population the population on 31.12. of {@code fromYear−1 … toYear}, single years of age
   *     with an open band
   * @throws IllegalArgumentException when a year or region is missing, the bands do not fit, a count
   *     is not known, a rate is 0, or fewer than two years are given
   */
  public static double[] mortalityImprovement(PopulationTable deaths, PopulationTable population, String region, Sex sex,
      int fromYear, int toYear, int omega) {
    if (toYear <= fromYear) {
      throw new IllegalArgumentException("toYear: expected a year after " + fromYear + " (a trend needs two years), got " + toYear);
    }
    BandSet bands = population.bands();
    if (!bands.isSingleYears() || !bands.isOpenTop()) {
      throw new IllegalArgumentException("population: expected single years of age with an open band, got " + bands);
    }
    int open = bands.band(bands.size() - 1).from();
    if (omega < open) {
      throw new IllegalArgumentException("omega: expected at least the open band's age " + open + ", got " + omega);
    }
    PopulationTable d = deaths.bands().equals(bands) ? deaths : deaths.regroup(bands);
    int rd = d.requireRegion(region);
    int rp = population.requireRegion(region);
    int n = toYear - fromYear + 1;
    double[] raw = new double[bands.size()];
    for (int band = 0; band < bands.size(); band++) {
      double st = 0;
      double sy = 0;
      double stt = 0;
      double sty = 0;
      for (int t = fromYear; t <= toYear; t++) {
        double dx = known(d, rd, d.requireDate(LocalDate.of(t, 12, 31)), sex, band, "deaths");
        double p0 = known(population, rp, population.requireDate(LocalDate.of(t - 1, 12, 31)), sex, band, "population");
        double p1 = known(population, rp, population.requireDate(LocalDate.of(t, 12, 31)), sex, band, "population");
        if (dx <= 0 || p0 + p1 <= 0) {
          throw new IllegalArgumentException("deaths/population: " + region + " " + sex + " " + bands.band(band) + " " + t
              + ": expected a positive death rate, got " + dx + " deaths, population " + p0 + " and " + p1);
        }
        double y = Math.log(dx / ((p0 + p1) / 2));
        st += t;
        sy += y;
        stt += (double) t * t;
        sty += t * y;
      }
      double slope = (n * sty - st * sy) / (n * stt - st * st);
      raw[band] = -slope;
    }
    double[] b = new double[omega + 1];
    b[0] = raw[0];
    for (int x = 1; x < open; x++) {
      double s = 0;
      int c = 0;
      for (int y = Math.max(1, x - 2); y <= Math.min(open - 1, x + 2); y++) {
        s += raw[y];
        c++;
      }
      b[x] = s / c;
    }
    for (int x = open; x <= omega; x++) {
      b[x] = raw[bands.size() - 1];
    }
    return b;
  }

  private static double known(PopulationTable t, int region, int date, Sex sex, int band, String what) {
    if (!t.isKnown(region, date, sex, band)) {
      throw new IllegalArgumentException(what + ": " + t.regions().get(region) + " " + t.dates().get(date) + " " + sex + " "
          + t.bands().band(band) + ": expected a known count, got " + t.state(region, date, sex, band).orElse(null));
    }
    return t.count(region, date, sex, band);
  }

  private static void checkConsecutive(SortedMap<Integer, Double> m, String where) {
    if (m.isEmpty()) {
      throw new IllegalArgumentException(where + ": expected values by age, got none");
    }
    int expected = m.firstKey();
    for (int age : m.keySet()) {
      if (age != expected) {
        throw new IllegalArgumentException(where + ": expected age " + expected + ", got " + age + " (ages must be consecutive)");
      }
      expected++;
    }
  }

  /** The values of a map with consecutive keys, in key order. */
  public static double[] toArray(SortedMap<Integer, Double> m) {
    double[] a = new double[m.size()];
    int i = 0;
    for (Map.Entry<Integer, Double> e : m.entrySet()) {
      a[i++] = e.getValue();
    }
    return a;
  }

  /** A list view of an array (for the builders of the assumption types). */
  public static List<Double> list(double[] values) {
    List<Double> l = new ArrayList<>(values.length);
    for (double v : values) {
      l.add(v);
    }
    return l;
  }
}
