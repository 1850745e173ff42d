// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;

/**
 * Derivation helpers that read assumption inputs out of official tables already parsed into a
 * {@link StatisticsTable} (zwk-io's {@code GenesisReader} reads the files):
 *
 * <ul>
 *   <li>{@link #fertilitySchedule}: the age-specific fertility rates of one year of GENESIS
 *       12612-0008 (live births per 1,000 women by single age 15–49);
 *   <li>{@link #lifeTableQx}: the {@code q_x} column of a period life table of one sex (e.g. the
 *       Sterbetafel 2018/2020, columns {@code geschlecht;alter;qx;…}).
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
