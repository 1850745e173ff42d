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
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;

/**
 * The indexed lane of {@link PopulationCollector} ({@link PopulationCollector#region},
 * {@link PopulationCollector#slot}, {@link PopulationCollector#addCount},
 * {@link PopulationCollector#addCounts}) against {@link PopulationCollector#add} with the same
 * cells; expected counts written by hand.
 */
class CollectorLaneTest {
  private static final LocalDate D = LocalDate.of(2019, 12, 31);
  private static final AgeBand YOUNG = AgeBand.of(0, 2);
  private static final AgeBand OLD = AgeBand.openFrom(3);
  private static final String V = "Bevölkerungsstand";

  private static PopulationCollector byAdd(int[] counts) {
    PopulationCollector c = new PopulationCollector("t.csv", StatisticsImport.defaults());
    Sex[] sex = {Sex.MALE, Sex.MALE, Sex.FEMALE, Sex.FEMALE};
    AgeBand[] age = {YOUNG, OLD, YOUNG, OLD};
    for (int i = 0; i < 4; i++) {
      c.add(7, "01001", "31.12.2019", D, sex[i], age[i], "", null, V, "Anzahl", ValueState.NUMBER, counts[i], null);
    }
    return c;
  }

  private static PopulationCollector byLane(int[] counts, boolean batch) {
    PopulationCollector c = new PopulationCollector("t.csv", StatisticsImport.defaults());
    assertTrue(c.countsAsPublished("Anzahl"));
    assertFalse(c.countsAsPublished("1000"));
    assertTrue(c.accepts(V, null));
    int r = c.region("01001");
    int[] slots = {c.slot(D, Sex.MALE, YOUNG), c.slot(D, Sex.MALE, OLD), c.slot(D, Sex.FEMALE, YOUNG),
        c.slot(D, Sex.FEMALE, OLD)};
    if (batch) {
      c.addCounts(7, r, V, null, slots, counts, 0, 4);
    } else {
      for (int i = 0; i < 4; i++) {
        c.addCount(7, r, slots[i], V, null, counts[i]);
      }
    }
    return c;
  }

  @Test
  void theLaneGivesTheTableOfAdd() {
    int[] counts = {57, 39, 55, 65};
    for (PopulationCollector c : List.of(byLane(counts, false), byLane(counts, true), byAdd(counts))) {
      PopulationTable t = c.finish();
      assertEquals(List.of("01001"), t.regions());
      assertEquals(List.of(D), t.dates());
      assertEquals(57, t.count(0, 0, Sex.MALE, 0));
      assertEquals(65, t.count(0, 0, Sex.FEMALE, 1));
      assertEquals(57 + 55, t.count(0, 0, Sex.TOTAL, 0));
      assertEquals(39 + 65, t.count(0, 0, Sex.TOTAL, 1));
      assertTrue(t.isComplete());
    }
  }

  @Test
  void aMissingCellKeepsTheStateArray() {
    PopulationCollector c = new PopulationCollector("t.csv", StatisticsImport.defaults());
    int r = c.region("01001");
    c.addCount(7, r, c.slot(D, Sex.MALE, YOUNG), V, null, 5);
    c.addCount(7, r, c.slot(D, Sex.MALE, OLD), V, null, 6);
    c.addCount(7, r, c.slot(D, Sex.FEMALE, YOUNG), V, null, 7);
    PopulationTable t = c.finish(); // female 3+ never given
    assertFalse(t.isComplete());
    assertEquals(Optional.empty(), t.state(0, 0, Sex.FEMALE, 1));
    assertEquals(Optional.empty(), t.state(0, 0, Sex.TOTAL, 1)); // male + missing: not known
    assertEquals(5 + 7, t.count(0, 0, Sex.TOTAL, 0));
  }

  @Test
  void aDuplicateThroughTheLaneIsTheErrorOfAdd() {
    PopulationCollector lane = new PopulationCollector("t.csv", StatisticsImport.defaults());
    int r = lane.region("01001");
    int s = lane.slot(D, Sex.MALE, YOUNG);
    lane.addCount(7, r, s, V, null, 5);
    lane.addCount(9, r, s, V, null, 6);
    PopulationCollector add = new PopulationCollector("t.csv", StatisticsImport.defaults());
    add.add(7, "01001", "31.12.2019", D, Sex.MALE, YOUNG, "", null, V, null, ValueState.NUMBER, 5, null);
    add.add(9, "01001", "31.12.2019", D, Sex.MALE, YOUNG, "", null, V, null, ValueState.NUMBER, 6, null);
    IllegalArgumentException a = assertThrows(IllegalArgumentException.class, lane::finish);
    IllegalArgumentException b = assertThrows(IllegalArgumentException.class, add::finish);
    assertEquals("t.csv, line 9: duplicate cell 01001 2019-12-31 MALE 0-2 (first at line 7); "
        + "filter the table to one nationality/variable first", a.getMessage());
    assertEquals(b.getMessage(), a.getMessage());
  }

  @Test
  void filteredCellsAndBadArgumentsAreRefused() {
    PopulationCollector c = new PopulationCollector("t.csv", StatisticsImport.defaults().withVariable("Other"));
    assertFalse(c.accepts(V, null));
    assertThrows(IllegalArgumentException.class, () -> c.region(" "));
    int r = c.region("01001");
    c.addCount(7, r, c.slot(D, Sex.MALE, YOUNG), V, null, 5); // another variable: ignored, as by add
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::finish);
    assertEquals("t.csv: expected records with an age dimension, got none", e.getMessage());
    PopulationCollector d = new PopulationCollector("t.csv", StatisticsImport.defaults());
    assertThrows(IllegalArgumentException.class, () -> d.addCount(7, d.region("01001"), d.slot(D, null, YOUNG), V,
        null, -1));
  }
}
