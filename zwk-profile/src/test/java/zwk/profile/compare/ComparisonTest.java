// SPDX-License-Identifier: Apache-2.0
package zwk.profile.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zwk.model.profile.IndicatorValue;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.Indicators;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

class ComparisonTest {
  static final LocalDate D = LocalDate.of(2018, 12, 31);

  /** Kreise 01001 (20/50/30), 01002 (10/50/10), 02000 (30/100/20) in bands 0-19, 20-64, 65+. */
  static PopulationTable kreise() {
    return PopulationTable.builder(List.of("01001", "01002", "02000"), List.of(D), BandSet.fromLowerBounds(0, 20, 65))
        .setAll("01001", D, Sex.TOTAL, 20, 50, 30).setAll("01002", D, Sex.TOTAL, 10, 50, 10)
        .setAll("02000", D, Sex.TOTAL, 30, 100, 20).build();
  }

  @Test
  void percentileMidRank() {
    // below 2, equal 1 of 4: (2 + 0.5) / 4 * 100 = 62.5
    assertEquals(62.5, Percentiles.rank(3, new double[] {1, 2, 3, 4}), 1e-12);
    assertEquals(50.0, Percentiles.rank(7, new double[] {7, 7}), 1e-12);
    assertEquals(2.5, Percentiles.median(new double[] {4, 1, 3, 2}), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Percentiles.rank(1, new double[0]));
  }

  @Test
  void referencesDerivedThroughTheHierarchy() {
    ReferenceComparator c = ReferenceComparator.deriving(kreise(), RegionLevel.DISTRICT);
    Comparison r = c.compare(Indicators.oldAgeRatio(AgeBounds.DESTATIS), "01001", D, Sex.TOTAL);
    // own: 30/50*100 = 60; Land 01: (30+10)/(50+50)*100 = 40; DG: (30+10+20)/(50+50+100)*100 = 30
    assertEquals(60.0, r.own().value(), 1e-12);
    assertEquals("01", r.reference(RegionLevel.STATE).get().regionKey());
    assertEquals(40.0, r.reference(RegionLevel.STATE).get().value().value(), 1e-12);
    assertEquals(20.0, r.differenceTo(RegionLevel.STATE).getAsDouble(), 1e-12);
    assertEquals(30.0, r.differenceTo(RegionLevel.COUNTRY).getAsDouble(), 1e-12);
    // peers (Kreise): 60, 20, 20 -> below 2, equal 1: (2 + 0.5)/3*100 = 83.33
    assertEquals(3, r.peerCount());
    assertEquals(250.0 / 3, r.percentile().getAsDouble(), 1e-9);
    assertEquals(20.0, r.peerMedian().getAsDouble(), 1e-12);
    IndicatorValue v = r.toIndicatorValue();
    assertEquals(60.0, v.value().get(), 1e-12);
    assertEquals(3, v.references().size()); // Land, DG, peers
    assertEquals("peers:DISTRICT", v.references().get(2).regionKey());
    assertEquals(250.0 / 3, v.references().get(2).percentile().get(), 1e-9);
  }

  @Test
  void callerGivenPeers() {
    ReferenceComparator c = new ReferenceComparator(kreise());
    Comparison r = c.compare(Indicators.youthRatio(AgeBounds.DESTATIS), "01002", D, Sex.TOTAL, List.of("01001", "01002"), "sh");
    // own 10/50*100 = 20; peers 40, 20 -> below 0, equal 1: 0.5/2*100 = 25; no Land/DG rows in the table
    assertEquals(20.0, r.own().value(), 1e-12);
    assertEquals(25.0, r.percentile().getAsDouble(), 1e-12);
    assertTrue(r.references().isEmpty());
  }
}
