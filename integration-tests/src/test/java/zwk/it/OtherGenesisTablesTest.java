// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import zwk.io.genesis.GenesisReader;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;
import zwk.profile.population.UnitPolicy;

/** Population tables from the other real GENESIS layouts: thousands, nationality, lost leading zeros. */
class OtherGenesisTablesTest {

  @Test
  void projectionInThousandsIsRefusedUnlessScaled() {
    StatisticsTable t = GenesisReader.read(RealData.file("genesis/12421-0002_vorausberechnung14_G2L2W1.csv"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(t, StatisticsImport.defaults()));
    assertTrue(e.getMessage().startsWith("12421-0002_vorausberechnung14_G2L2W1.csv, line "), e.getMessage());
    assertTrue(e.getMessage().contains("thousands"), e.getMessage());
    PopulationTable p = PopulationTables.fromStatistics(t, StatisticsImport.defaults().withUnitPolicy(UnitPolicy.SCALE_THOUSANDS));
    // the first record: male, age 0, 406 thousand
    StatisticsRecord first = t.records().get(0);
    LocalDate d = p.dates().get(0);
    assertEquals(406_000, p.count(p.regionIndex(first.regionKey()), p.dateIndex(d), Sex.MALE, 0));
    assertEquals(31, p.dates().size()); // 2020 … 2050
  }

  @Test
  void deathsNeedANationalityChoice() {
    StatisticsTable t = GenesisReader.read(RealData.file("genesis/12613-0004_sterbefaelle_altersjahre.csv"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(t, StatisticsImport.defaults()));
    assertTrue(e.getMessage().contains("withNationality"), e.getMessage());
    // the file holds deaths of unknown age (e.g. 1 at line 934): never silently dropped
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(t, StatisticsImport.defaults().withNationality("Insgesamt")));
    assertTrue(unknown.getMessage().contains("unknown age"), unknown.getMessage());
    // the source itself is inconsistent for 2016: total 910,902, single ages add up to 910,899, unknown age '-'
    IllegalArgumentException y2016 = assertThrows(IllegalArgumentException.class, () -> PopulationTables.fromStatistics(t,
        StatisticsImport.defaults().withNationality("Insgesamt").withAllowUnknownAge(true)));
    assertTrue(y2016.getMessage().contains("line 1759: total of DG 2016-12-31 TOTAL is 910902, but its age bands add up to 910899"),
        y2016.getMessage());
    PopulationTable deaths = PopulationTables.fromStatistics(t,
        StatisticsImport.defaults().withNationality("Insgesamt").withAllowUnknownAge(true).withCheckTotals(false));
    // the table's own total 2020 (985,572) = deaths in the age bands + deaths of unknown age
    long unknownAge2020 = t.records().stream().filter(r -> r.year().get() == 2020 && r.age().isEmpty()
        && "Alter unbekannt".equals(r.dimensions().get("Alter")) && r.sex().get() == Sex.TOTAL
        && r.nationality().get().equals("Insgesamt") && r.state().isNumeric())
        .mapToLong(r -> r.value().get().longValueExact()).sum();
    assertEquals(985_572L, deaths.distribution("DG", LocalDate.of(2020, 12, 31), Sex.TOTAL).total().value() + unknownAge2020);
  }

  @Test
  void kreise2019WithLostLeadingZerosAggregateToTheReadmeTotal() {
    StatisticsTable t = GenesisReader.read(RealData.file("genesis/12411-0018_kreise_2019.csv"));
    PopulationTable k = PopulationTables.fromStatistics(t, StatisticsImport.defaults());
    assertTrue(k.hasRegion("01001"));
    PopulationTable de = PopulationTables.aggregate(k, RegionLevel.DISTRICT, RegionLevel.COUNTRY);
    assertEquals(83_166_711L, de.distribution("DG", LocalDate.of(2019, 12, 31), Sex.TOTAL).total().value());
    assertTrue(k.bands().size() > 1 && !k.bands().equals(BandSet.singleYears(100)));
  }
}
