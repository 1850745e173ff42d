// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import zwk.io.genesis.GenesisReader;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.OpenBandAssumption;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;

/**
 * Mean and median age of Germany on 31.12.2021 from the single-year Länder table 12411-0013,
 * aggregated Länder → Bund, against a computation written out here directly on the raw records.
 */
class MeanAndMedianAgeGermanyTest {
  private static final LocalDate D = LocalDate.of(2021, 12, 31);

  @Test
  void meanAndMedianAge2021() {
    StatisticsTable raw = GenesisReader.read(RealData.file("genesis/12411-0013_laender_altersjahre_2015-2021.csv"));
    PopulationTable laender = PopulationTables.fromStatistics(raw, StatisticsImport.defaults());
    assertEquals(BandSet.singleYears(90), laender.bands()); // 0 … 89 and "90 Jahre und mehr"
    PopulationTable de = PopulationTables.aggregate(laender, RegionLevel.STATE, RegionLevel.COUNTRY);
    PopulationSnapshot s = PopulationSnapshot.of(de, "DG", D);

    // Hand computation on the raw records of 2021, both sexes, all 16 Länder:
    // people by age a (0..89, 90 = "90 and over"); N = Σ n_a;
    // mean = Σ (a + 0.5) n_a / N for a < 90, the 90+ band counted at its assumed midpoint 90 + 10/2 = 95;
    // median: first age m with cum(m) >= N/2, then m + (N/2 - cum(m-1)) / n_m.
    TreeMap<Integer, Long> byAge = new TreeMap<>();
    for (StatisticsRecord r : raw.records()) {
      if (r.year().get() == 2021 && r.sex().get() == Sex.TOTAL && r.age().isPresent()) {
        byAge.merge(r.age().get().from(), r.value().get().longValueExact(), Long::sum);
      }
    }
    long n = 0;
    double weighted = 0;
    for (var e : byAge.entrySet()) {
      n += e.getValue();
      weighted += (e.getKey() < 90 ? e.getKey() + 0.5 : 95.0) * e.getValue();
    }
    assertEquals(83_237_124L, n); // README: 2021 total = the register
    double half = n / 2.0;
    long cum = 0;
    double median = Double.NaN;
    for (var e : byAge.entrySet()) {
      if (cum + e.getValue() >= half) {
        median = e.getKey() + (half - cum) / e.getValue();
        break;
      }
      cum += e.getValue();
    }
    double mean = weighted / n;
    assertEquals(mean, Indicators.meanAge(OpenBandAssumption.DEFAULT).compute(s, Sex.TOTAL).value(), 1e-9);
    assertEquals(median, Indicators.medianAge(OpenBandAssumption.DEFAULT).compute(s, Sex.TOTAL).value(), 1e-9);
  }
}
