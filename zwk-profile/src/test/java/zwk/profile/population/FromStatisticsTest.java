// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.model.statistics.ValueState;

class FromStatisticsTest {
  private static final LocalDate D = LocalDate.of(2018, 12, 31);
  private static long line = 10;

  private static StatisticsRecord rec(String key, Sex sex, AgeBand age, String value, String unit) {
    StatisticsRecord.Builder b = StatisticsRecord.builder().regionKey(key).regionName("x").time("31.12.2018").referenceDate(D)
        .variable("Bevölkerungsstand").sex(sex).line(line++);
    if (age != null) {
      b.age(age);
    }
    if (unit != null) {
      b.unit(unit);
    }
    Optional<ValueState> special = ValueState.ofSymbol(value);
    if (special.isPresent()) {
      b.state(special.get());
      if (special.get() == ValueState.ZERO) {
        b.value(BigDecimal.ZERO);
      }
    } else {
      b.state(ValueState.NUMBER).value(new BigDecimal(value));
    }
    return b.build();
  }

  private static StatisticsTable table(List<StatisticsRecord> r) {
    return StatisticsTable.builder().source("test.csv").addAllRecords(r).build();
  }

  private static List<StatisticsRecord> kreis(String key, String young, String old, String total, String unit) {
    List<StatisticsRecord> l = new ArrayList<>();
    l.add(rec(key, Sex.TOTAL, AgeBand.of(0, 64), young, unit));
    l.add(rec(key, Sex.TOTAL, AgeBand.openFrom(65), old, unit));
    l.add(rec(key, Sex.TOTAL, null, total, unit));
    return l;
  }

  @Test
  void specialValuesKeepTheirStateAndDashIsZero() {
    List<StatisticsRecord> r = new ArrayList<>(kreis("01001", "70", "20", "90", "Anzahl"));
    r.addAll(kreis("11000001", ".", ".", ".", "Anzahl"));
    r.addAll(kreis("01099", "-", "-", "-", "Anzahl"));
    PopulationTable t = PopulationTables.fromStatistics(table(r), StatisticsImport.defaults());
    assertEquals(BandSet.fromLowerBounds(0, 65), t.bands());
    assertEquals(20, t.count(t.regionIndex("01001"), 0, Sex.TOTAL, 1));
    assertFalse(t.isKnown(t.regionIndex("11000001"), 0, Sex.TOTAL, 0));
    assertEquals(Optional.of(ValueState.UNKNOWN), t.state(t.regionIndex("11000001"), 0, Sex.TOTAL, 0));
    assertTrue(t.isKnown(t.regionIndex("01099"), 0, Sex.TOTAL, 0));
    assertEquals(0, t.count(t.regionIndex("01099"), 0, Sex.TOTAL, 0));
  }

  @Test
  void totalRowThatDisagreesIsRefusedWithItsLine() {
    List<StatisticsRecord> r = kreis("01001", "70", "20", "91", null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(table(r), StatisticsImport.defaults()));
    assertTrue(e.getMessage().contains("test.csv, line " + r.get(2).line()), e.getMessage());
    assertTrue(e.getMessage().contains("add up to 90"), e.getMessage());
    // with the check off the table is taken
    assertEquals(90, PopulationTables.fromStatistics(table(r), StatisticsImport.defaults().withCheckTotals(false))
        .distribution("01001", D, Sex.TOTAL).total().value());
  }

  @Test
  void thousandsAreRefusedUnlessScalingIsChosen() {
    List<StatisticsRecord> r = kreis("DG", "65.123", "18.5", "83.623", "1000");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(table(r), StatisticsImport.defaults()));
    assertTrue(e.getMessage().contains("thousands"), e.getMessage());
    PopulationTable t = PopulationTables.fromStatistics(table(r), StatisticsImport.defaults().withUnitPolicy(UnitPolicy.SCALE_THOUSANDS));
    assertEquals(65123, t.count(0, 0, Sex.TOTAL, 0));
    assertEquals(18500, t.count(0, 0, Sex.TOTAL, 1));
    List<StatisticsRecord> frac = kreis("DG", "65.1234", "18.5", "83.6234", "1000");
    assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(table(frac), StatisticsImport.defaults().withUnitPolicy(UnitPolicy.SCALE_THOUSANDS)));
  }

  @Test
  void otherUnitsFractionsAndDuplicatesAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(table(kreis("01001", "70", "20", "90", "Prozent")), StatisticsImport.defaults()));
    assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(table(kreis("01001", "70.5", "20", "90.5", null)), StatisticsImport.defaults()));
    List<StatisticsRecord> dup = new ArrayList<>(kreis("01001", "70", "20", "90", null));
    dup.add(rec("01001", Sex.TOTAL, AgeBand.of(0, 64), "70", null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(table(dup), StatisticsImport.defaults()));
    assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
  }

  @Test
  void nationalitiesMustBeChosenAndUnknownAgeIsNeverDropped() {
    List<StatisticsRecord> r = new ArrayList<>();
    for (String nat : List.of("Deutsche", "Insgesamt")) {
      r.add(rec("DG", Sex.TOTAL, AgeBand.of(0, 64), "70", null).withNationality(nat));
      r.add(rec("DG", Sex.TOTAL, AgeBand.openFrom(65), "20", null).withNationality(nat));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(table(r), StatisticsImport.defaults()));
    assertTrue(e.getMessage().contains("withNationality"), e.getMessage());
    assertEquals(90, PopulationTables.fromStatistics(table(r), StatisticsImport.defaults().withNationality("Insgesamt"))
        .distribution("DG", D, Sex.TOTAL).total().value());

    // 3 people of unknown age: refused by default; allowed, the total 93 = 90 in bands + 3 unknown
    List<StatisticsRecord> u = new ArrayList<>(kreis("DG", "70", "20", "93", null));
    u.add(rec("DG", Sex.TOTAL, null, "3", null).withDimensions(java.util.Map.of("Alter", "Alter unbekannt")));
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(table(u), StatisticsImport.defaults()));
    assertTrue(e2.getMessage().contains("unknown age"), e2.getMessage());
    assertEquals(90, PopulationTables.fromStatistics(table(u), StatisticsImport.defaults().withAllowUnknownAge(true))
        .distribution("DG", D, Sex.TOTAL).total().value());
    // '-' (zero) people of unknown age lose nothing and are accepted by default
    List<StatisticsRecord> z = new ArrayList<>(kreis("DG", "70", "20", "90", null));
    z.add(rec("DG", Sex.TOTAL, null, "-", null).withDimensions(java.util.Map.of("Alter", "Alter unbekannt")));
    assertEquals(90, PopulationTables.fromStatistics(table(z), StatisticsImport.defaults())
        .distribution("DG", D, Sex.TOTAL).total().value());
  }

  @Test
  void gapInAgesIsRefused() {
    List<StatisticsRecord> r = List.of(rec("01001", Sex.TOTAL, AgeBand.of(0, 9), "1", null),
        rec("01001", Sex.TOTAL, AgeBand.openFrom(20), "1", null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(table(r), StatisticsImport.defaults()));
    assertTrue(e.getMessage().contains("gap-free"), e.getMessage());
  }
}
