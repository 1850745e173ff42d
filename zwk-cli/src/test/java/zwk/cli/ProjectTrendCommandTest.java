// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code zwk project --trend FROM-TO} on the real Länder file 12411-0013: projected over its own trend
 * period, a Land's own mean net migration must bring it from the observed start to the observed end of
 * that period (the residual method is the inverse of a projection step; what remains is that the mean
 * replaces the single years, and that the mortality of the years differs slightly from that of TO used
 * for the residual). The expected values are the published populations of 12411-0013.
 */
class ProjectTrendCommandTest {
  private static final String LAENDER = CliRun.data(ProjectCommandTest.LAENDER).toString();

  private static long sum(CliRun r, String year, int fromAge, int toAge) {
    long s = 0;
    for (String line : r.out().lines().skip(1).toList()) {
      String[] f = line.split(";", -1);
      int age = Integer.parseInt(f[4]);
      if (f[2].equals(year) && age >= fromAge && age <= toAge) {
        s += Long.parseLong(f[6]);
      }
    }
    return s;
  }

  @Test
  void berlinsOwnTrendLeadsFrom2015ToTheObservedPopulationOf2018() {
    CliRun trend = CliRun.of("project", "--population", LAENDER, "--key", "11", "--trend", "2015-2018", "--date",
        "2015-12-31", "--to", "2018");
    assertEquals(0, trend.code(), trend.toString());
    // 12411-0013, Berlin: 3,520,031 on 31.12.2015 and 3,644,826 on 31.12.2018 (+124,795 in three years, almost all
    // of it net migration)
    assertEquals(3_520_031L, sum(trend, "2015", 0, 200));
    long projected = sum(trend, "2018", 0, 200);
    assertEquals(3_644_826L, projected, 0.001 * 3_644_826, "trend total 2018: " + projected);
    // the national variant instead gives Berlin its share of Germany's net migration, far from the observed path
    CliRun national = CliRun.of("project", "--population", LAENDER, "--key", "11", "--date", "2015-12-31", "--to", "2018");
    assertEquals(0, national.code(), national.err());
    long shared = sum(national, "2018", 0, 200);
    assertTrue(Math.abs(shared - 3_644_826L) > 5 * Math.abs(projected - 3_644_826L),
        "national share " + shared + " vs trend " + projected);
  }

  @Test
  void theTrendNeedsItsYearsAndSingleAges() {
    assertEquals(2, CliRun.of("project", "--population", LAENDER, "--key", "11", "--trend", "2012-2015", "--date",
        "2015-12-31").code());
    assertEquals(2, CliRun.of("project", "--population", LAENDER, "--key", "11", "--trend", "2018").code());
    assertEquals(2, CliRun.of("project", "--population", LAENDER, "--key", "11", "--trend", "2018-2016").code());
    CliRun groups = CliRun.of("project", "--population", CliRun.data("genesis/12411-02-03-5-B_kreise_2018.csv").toString(),
        "--key", "01001", "--trend", "2017-2018");
    assertEquals(2, groups.code());
    assertTrue(groups.err().contains("--trend"), groups.err());
  }
}
