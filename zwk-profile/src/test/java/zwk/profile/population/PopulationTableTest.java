// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;

class PopulationTableTest {
  private static final LocalDate D = LocalDate.of(2018, 12, 31);

  @Test
  void bandSetInvariants() {
    assertThrows(IllegalArgumentException.class, () -> BandSet.of(AgeBand.of(1, 5)));
    IllegalArgumentException gap = assertThrows(IllegalArgumentException.class,
        () -> BandSet.of(AgeBand.of(0, 5), AgeBand.of(7, 9)));
    assertTrue(gap.getMessage().contains("starting at age 6"), gap.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BandSet.of(AgeBand.openFrom(0), AgeBand.of(1, 2)));
    assertEquals(101, BandSet.singleYears(100).size());
    assertTrue(BandSet.singleYears(100).isSingleYears());
    assertFalse(BandSet.fromLowerBounds(0, 20, 65).isSingleYears());
  }

  @Test
  void regroupSumsAlignedBands() {
    PopulationTable t = PopulationTable.builder(List.of("01001"), List.of(D), BandSet.singleYears(4))
        .setAll("01001", D, Sex.MALE, 1, 2, 3, 4, 5).setAll("01001", D, Sex.FEMALE, 10, 20, 30, 40, 50).build();
    PopulationTable g = t.regroup(BandSet.fromLowerBounds(0, 2));
    // male 0-1: 1+2 = 3, 2+: 3+4+5 = 12; female 30, 120; total 33, 132
    assertEquals(3, g.count(0, 0, Sex.MALE, 0));
    assertEquals(12, g.count(0, 0, Sex.MALE, 1));
    assertEquals(120, g.count(0, 0, Sex.FEMALE, 1));
    assertEquals(132, g.count(0, 0, Sex.TOTAL, 1));
  }

  @Test
  void regroupRefusesToSplitABand() {
    PopulationTable t = PopulationTable.builder(List.of("01001"), List.of(D), BandSet.fromLowerBounds(0, 3, 6))
        .setAll("01001", D, Sex.TOTAL, 1, 2, 3).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.regroup(BandSet.fromLowerBounds(0, 2)));
    assertTrue(e.getMessage().contains("2+"), e.getMessage());
    // closed top band of the target must match the source's top
    assertThrows(IllegalArgumentException.class, () -> t.regroup(BandSet.of(AgeBand.of(0, 5))));
  }

  @Test
  void regroupKeepsUnknownStates() {
    PopulationTable t = PopulationTable.builder(List.of("11000001"), List.of(D), BandSet.fromLowerBounds(0, 3, 6))
        .set("11000001", D, Sex.TOTAL, 0, 5).setState("11000001", D, Sex.TOTAL, 1, ValueState.UNKNOWN)
        .set("11000001", D, Sex.TOTAL, 2, 7).build();
    PopulationTable g = t.regroup(BandSet.fromLowerBounds(0, 6));
    assertFalse(g.isKnown(0, 0, Sex.TOTAL, 0));
    assertEquals(Optional.of(ValueState.UNKNOWN), g.state(0, 0, Sex.TOTAL, 0));
    assertTrue(g.isKnown(0, 0, Sex.TOTAL, 1));
    assertEquals(7, g.count(0, 0, Sex.TOTAL, 1));
  }

  @Test
  void derivedTotalTakesTheStateOfAnUnknownPart() {
    PopulationTable t = PopulationTable.builder(List.of("01001"), List.of(D), BandSet.fromLowerBounds(0, 65))
        .setAll("01001", D, Sex.MALE, 4, 5).set("01001", D, Sex.FEMALE, 0, 6)
        .setState("01001", D, Sex.FEMALE, 1, ValueState.UNCERTAIN).build();
    assertEquals(10, t.count(0, 0, Sex.TOTAL, 0));
    assertEquals(Optional.of(ValueState.UNCERTAIN), t.state(0, 0, Sex.TOTAL, 1));
    assertFalse(t.distribution("01001", D, Sex.TOTAL).total().isKnown());
  }

  @Test
  void aggregationTakesOneLevelOnlySoSubDistrictRowsAreNotCountedTwice() {
    BandSet b = BandSet.fromLowerBounds(0, 65);
    // Region Hannover 03241 holds the city 03241001; 03251 Diepholz; 01001 Flensburg
    PopulationTable t = PopulationTable.builder(List.of("03241", "03241001", "03251", "01001"), List.of(D), b)
        .setAll("03241", D, Sex.TOTAL, 900, 300).setAll("03241001", D, Sex.TOTAL, 400, 130)
        .setAll("03251", D, Sex.TOTAL, 170, 50).setAll("01001", D, Sex.TOTAL, 70, 20).build();
    PopulationTable laender = PopulationTables.aggregate(t, RegionLevel.DISTRICT, RegionLevel.STATE);
    assertEquals(List.of("01", "03"), laender.regions());
    // Niedersachsen: 900 + 170 = 1070 and 300 + 50 = 350 (Hannover city not added again)
    assertEquals(1070, laender.count(laender.regionIndex("03"), 0, Sex.TOTAL, 0));
    assertEquals(350, laender.count(laender.regionIndex("03"), 0, Sex.TOTAL, 1));
    PopulationTable all = PopulationTables.withAncestors(t, RegionLevel.DISTRICT);
    assertTrue(all.hasRegion("DG"));
    assertTrue(all.hasRegion("032")); // Regierungsbezirk Hannover
    assertFalse(all.hasRegion("03241001"));
    // DG: 900 + 170 + 70 = 1140
    assertEquals(1140, all.count(all.regionIndex("DG"), 0, Sex.TOTAL, 0));
  }

  @Test
  void aggregationPropagatesUnknownCells() {
    BandSet b = BandSet.fromLowerBounds(0, 65);
    PopulationTable t = PopulationTable.builder(List.of("12051", "12052"), List.of(D), b)
        .setAll("12051", D, Sex.TOTAL, 1, 2).set("12052", D, Sex.TOTAL, 0, 3)
        .setState("12052", D, Sex.TOTAL, 1, ValueState.UNKNOWN).build();
    PopulationTable l = PopulationTables.aggregate(t, RegionLevel.DISTRICT, RegionLevel.STATE);
    assertEquals(4, l.count(0, 0, Sex.TOTAL, 0));
    assertFalse(l.isKnown(0, 0, Sex.TOTAL, 1));
  }

  @Test
  void compareTotalsReportsDifferences() {
    BandSet b = BandSet.fromLowerBounds(0, 65);
    PopulationTable parts = PopulationTable.builder(List.of("01001", "01002"), List.of(D), b)
        .setAll("01001", D, Sex.TOTAL, 1, 2).setAll("01002", D, Sex.TOTAL, 3, 4).build();
    PopulationTable known = PopulationTable.builder(List.of("01"), List.of(D), b).setAll("01", D, Sex.TOTAL, 4, 7).build();
    List<Diagnostic> diffs = PopulationTables.compareTotals(PopulationTables.aggregate(parts, RegionLevel.DISTRICT, RegionLevel.STATE),
        known);
    assertEquals(1, diffs.size(), diffs.toString());
    // band 65+: parts 2 + 4 = 6, known 7; band 0-64: 1 + 3 = 4 = known 4
    Diagnostic d = diffs.get(0);
    assertEquals(TotalsDiagnostic.TOTAL_DIFFERS, d.code());
    assertEquals(6, d.parameters().get("computed"));
    assertEquals(7, d.parameters().get("known"));
    assertEquals(Sex.TOTAL, d.parameters().get("sex"));
    assertEquals("01 " + D + " insgesamt 65+: die Teile ergeben 6, die bekannte Summe ist 7", d.message(java.util.Locale.GERMAN));
    assertEquals("01 " + D + " total 65+: parts add up to 6, known total 7", d.message(java.util.Locale.ENGLISH));
  }

  @Test
  void builderRejectsBadInput() {
    BandSet b = BandSet.fromLowerBounds(0, 65);
    assertThrows(IllegalArgumentException.class, () -> PopulationTable.builder(List.of("01", "01"), List.of(D), b));
    PopulationTable.Builder x = PopulationTable.builder(List.of("01"), List.of(D), b);
    assertThrows(IllegalArgumentException.class, () -> x.set("01", D, Sex.TOTAL, 0, -1));
    assertThrows(IllegalArgumentException.class, () -> x.set("02", D, Sex.TOTAL, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> x.set("01", D.plusDays(1), Sex.TOTAL, 0, 1));
    x.build();
    assertThrows(IllegalStateException.class, () -> x.set("01", D, Sex.TOTAL, 0, 1));
    PopulationTable t = PopulationTable.builder(List.of("01"), List.of(D), b).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.distribution("99", D, Sex.TOTAL));
    assertTrue(e.getMessage().contains("'99'"));
  }
}
