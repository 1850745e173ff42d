// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.io.genesis.GenesisReader;
import zwk.model.profile.IndicatorValue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.profile.SwotEntry;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.MunicipalProfileBuilder;
import zwk.profile.compare.ReferenceComparator;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;

/** A Kommunalprofil for every Kreis of Schleswig-Holstein from the 2018 Kreise table, checked against sums done here. */
class MunicipalProfileOnRealDataTest {
  private static final LocalDate D = LocalDate.of(2018, 12, 31);

  @Test
  void profilesOfSchleswigHolsteinAgainstIndependentSums() {
    StatisticsTable raw = GenesisReader.read(RealData.file("genesis/12411-02-03-5-B_kreise_2018.csv"));
    PopulationTable kreise = PopulationTables.fromStatistics(raw, StatisticsImport.defaults());
    ReferenceComparator comparator = ReferenceComparator.deriving(kreise, RegionLevel.DISTRICT);
    // Land 01 from the raw records: 5-digit keys 01xxx, both sexes: under 20, 20-64, 65+
    long[] land = groups(raw, "01");
    double landYouth = 100.0 * land[0] / land[1];
    double landOld = 100.0 * land[2] / land[1];
    int profiles = 0;
    for (String kreis : kreise.regions()) {
      if (!kreis.startsWith("01") || kreis.length() != 5) {
        continue;
      }
      MunicipalProfile p = new MunicipalProfileBuilder(comparator, kreis, D).populationChangeYears(null).build();
      long[] own = groups(raw, kreis);
      IndicatorValue youth = p.indicatorValue("youth_ratio").get();
      assertEquals(100.0 * own[0] / own[1], youth.value().get(), 1e-9, kreis);
      assertEquals(landYouth, youth.references().stream().filter(r -> r.regionKey().equals("01")).findFirst().get().value(), 1e-9);
      double youthDiff = 100.0 * own[0] / own[1] - landYouth;
      double oldDiff = 100.0 * own[2] / own[1] - landOld;
      List<String> rules = p.swot().stream().map(e -> e.derivedByRule().get()).collect(java.util.stream.Collectors.toList());
      assertEquals(youthDiff >= 2.0, rules.contains("youth-ratio-above-state"), kreis + " youth diff " + youthDiff);
      assertEquals(youthDiff <= -2.0, rules.contains("youth-ratio-below-state"), kreis + " youth diff " + youthDiff);
      assertEquals(oldDiff >= 5.0, rules.contains("old-age-ratio-above-state"), kreis + " old diff " + oldDiff);
      for (SwotEntry e : p.swot()) {
        assertTrue(e.text().contains("Regel " + e.derivedByRule().get()), e.text());
        assertTrue(e.actionFieldId().isPresent() && !e.citedIndicatorIds().isEmpty(), e.toString());
      }
      profiles++;
    }
    assertEquals(15, profiles); // 4 kreisfreie Städte + 11 Kreise
    // Flensburg's Jugendquotient as published in 12411-08-01-4-B: 29.1
    MunicipalProfile flensburg = new MunicipalProfileBuilder(comparator, "01001", D).populationChangeYears(null).build();
    assertEquals(new BigDecimal("29.1"),
        BigDecimal.valueOf(flensburg.indicatorValue("youth_ratio").get().value().get()).setScale(1, RoundingMode.HALF_UP));
  }

  private static long[] groups(StatisticsTable raw, String prefix) {
    long[] g = new long[3];
    for (StatisticsRecord r : raw.records()) {
      if (r.regionKey().length() == 5 && r.regionKey().startsWith(prefix) && r.age().isPresent()
          && r.sex().get() == Sex.TOTAL && r.state().isNumeric()) {
        int from = r.age().get().from();
        g[from < 20 ? 0 : from < 65 ? 1 : 2] += r.value().get().longValueExact();
      }
    }
    return g;
  }
}
