// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import java.time.LocalDate;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

/**
 * Start populations from tables in age groups (e.g. GENESIS 12411-02-03-5-B: unter 3, 3–5, …,
 * 65–74, 75+): each closed group {@code [a, b]} is split <em>uniformly</em> over its single years
 * ({@code P_x = P_[a,b] / (b − a + 1)}), the open top group stays the open band. The split keeps
 * every group's total exactly; it flattens the age structure within a group (a steep group such as
 * 65–74 gets the same count at 65 and at 74), which shifts deaths and births by a fraction of a
 * group's internal gradient in the first years of a projection. Tables already in single years pass
 * through unchanged.
 */
public final class SingleYears {
  private SingleYears() {}

  /** The single-year bands {@code 0 … ω−1, ω+} for groups whose open top group starts at {@code ω}. */
  public static BandSet bandsFor(BandSet groups) {
    requireContiguousOpenTop(groups);
    return BandSet.singleYears(groups.band(groups.size() - 1).from());
  }

  /**
   * The cohorts of {@code region} at {@code date} split to single years.
   *
   * @throws IllegalArgumentException when the groups do not start at 0, have gaps, have no open top
   *     group, or a cell is not known
   */
  public static Cohorts cohorts(PopulationTable table, String region, LocalDate date) {
    BandSet groups = table.bands();
    if (groups.isSingleYears()) {
      return Cohorts.from(table, region, date);
    }
    BandSet single = bandsFor(groups);
    return Cohorts.of(single, split(table.distribution(region, date, Sex.MALE), single, "male"),
        split(table.distribution(region, date, Sex.FEMALE), single, "female"));
  }

  private static double[] split(AgeDistribution d, BandSet single, String parameter) {
    double[] v = new double[single.size()];
    for (int i = 0; i < d.size(); i++) {
      if (!d.isKnown(i)) {
        throw new IllegalArgumentException(parameter + "[" + d.band(i) + "]: expected a known count, got "
            + d.state(i).map(s -> "'" + s.symbol() + "' (" + s.name() + ")").orElse("no value"));
      }
      AgeBand b = d.band(i);
      if (b.isOpen()) {
        v[v.length - 1] = d.count(i);
      } else {
        int to = b.to().getAsInt();
        double each = (double) d.count(i) / (to - b.from() + 1);
        for (int x = b.from(); x <= to; x++) {
          v[x] = each;
        }
      }
    }
    return v;
  }

  private static void requireContiguousOpenTop(BandSet groups) {
    int next = 0;
    for (int i = 0; i < groups.size(); i++) {
      AgeBand b = groups.band(i);
      if (b.from() != next) {
        throw new IllegalArgumentException("bands: expected contiguous age groups from 0 with an open top group, got " + groups);
      }
      if (b.isOpen()) {
        if (i != groups.size() - 1) {
          throw new IllegalArgumentException("bands: expected the open group last, got " + groups);
        }
        return;
      }
      next = b.to().getAsInt() + 1;
    }
    throw new IllegalArgumentException("bands: expected an open top group (e.g. 75+), got " + groups);
  }
}
