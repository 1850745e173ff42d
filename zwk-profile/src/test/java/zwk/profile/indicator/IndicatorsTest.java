// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;
import zwk.profile.reason.ReasonCode;

/** Every population indicator on distributions whose expected values are computed by hand below. */
class IndicatorsTest {
  private static final double EPS = 1e-9;

  // Bands 0-17, 18-19, 20-59, 60-64, 65-79, 80+ with counts 180, 20, 400, 100, 170, 55 (total 925).
  private static final BandSet BANDS = BandSet.of(AgeBand.of(0, 17), AgeBand.of(18, 19), AgeBand.of(20, 59),
      AgeBand.of(60, 64), AgeBand.of(65, 79), AgeBand.openFrom(80));
  private static final AgeDistribution D = AgeDistribution.of(BANDS, 180, 20, 400, 100, 170, 55);

  @Test
  void dependencyRatiosDestatis() {
    // young = 180 + 20 = 200; working (20-64) = 400 + 100 = 500; old (65+) = 170 + 55 = 225
    assertEquals(200.0 / 500 * 100, Indicators.youthRatio(AgeBounds.DESTATIS).compute(D).value(), EPS); // 40.0
    assertEquals(40.0, Indicators.youthRatio(AgeBounds.DESTATIS).compute(D).value(), EPS);
    assertEquals(45.0, Indicators.oldAgeRatio(AgeBounds.DESTATIS).compute(D).value(), EPS); // 225/500*100
    assertEquals(85.0, Indicators.totalDependencyRatio(AgeBounds.DESTATIS).compute(D).value(), EPS); // 425/500*100
  }

  @Test
  void eurostatBoundsNeedABoundaryAt15() {
    IndicatorResult r = Indicators.youthRatio(AgeBounds.EUROSTAT).compute(D);
    assertFalse(r.isComputable());
    assertEquals(ReasonCode.NO_BAND_ENDS_AT, r.reasonCode());
    assertEquals("Zähler: keine Altersgruppe endet beim Alter 14 in [0-17, 18-19, 20-59, 60-64, 65-79, 80+]", r.reason());
    assertEquals("numerator: no age band ends at age 14 in [0-17, 18-19, 20-59, 60-64, 65-79, 80+]", r.reason(Locale.ENGLISH));
    // On bands 0-14, 15-64, 65+ with 150, 600, 150: 150/600*100 = 25 and 150/600*100 = 25; Gesamt 50.
    AgeDistribution e = AgeDistribution.of(BandSet.fromLowerBounds(0, 15, 65), 150, 600, 150);
    assertEquals(25.0, Indicators.youthRatio(AgeBounds.EUROSTAT).compute(e).value(), EPS);
    assertEquals(25.0, Indicators.oldAgeRatio(AgeBounds.EUROSTAT).compute(e).value(), EPS);
    assertEquals(50.0, Indicators.totalDependencyRatio(AgeBounds.EUROSTAT).compute(e).value(), EPS);
    assertEquals("youth_ratio_eurostat", Indicators.youthRatio(AgeBounds.EUROSTAT).id());
    assertEquals("old_age_ratio_16_70", Indicators.oldAgeRatio(AgeBounds.of(16, 70)).id());
  }

  @Test
  void shares() {
    assertEquals(180.0 / 925 * 100, Indicators.shareUnder(18).compute(D).value(), EPS); // 19.459...
    assertEquals(225.0 / 925 * 100, Indicators.shareFrom(65).compute(D).value(), EPS); // 24.324...
    assertEquals(55.0 / 925 * 100, Indicators.shareFrom(80).compute(D).value(), EPS); // 5.945...
  }

  @Test
  void greyingIndex() {
    // 80+ = 55; 60-79 = 100 + 170 = 270; 55/270*100 = 20.370370...
    assertEquals(55.0 / 270 * 100, Indicators.greyingIndex().compute(D).value(), 1e-12);
  }

  @Test
  void meanAgeMidpointRuleOnBands() {
    // midpoints 9, 19, 40, 62.5, 72.5, 85 (80 + 10/2):
    // 180*9 + 20*19 + 400*40 + 100*62.5 + 170*72.5 + 55*85 = 1620 + 380 + 16000 + 6250 + 12325 + 4675 = 41250
    assertEquals(41250.0 / 925, Indicators.meanAge(OpenBandAssumption.DEFAULT).compute(D).value(), EPS);
    // with an open band of width 20, the 80+ midpoint is 90: 41250 + 55*5 = 41525
    assertEquals(41525.0 / 925, Indicators.meanAge(OpenBandAssumption.ofWidth(20)).compute(D).value(), EPS);
  }

  @Test
  void medianAgeInterpolatesInsideTheBand() {
    // N/2 = 462.5; cumulated 180, 200, 600 -> band 20-59 (width 40): 20 + (462.5-200)/400*40 = 46.25
    assertEquals(46.25, Indicators.medianAge(OpenBandAssumption.DEFAULT).compute(D).value(), EPS);
  }

  @Test
  void meanAndMedianOnSingleYears() {
    // ages 0,1,2,3,4+ with 10,20,30,40,0: mean = (10*0.5 + 20*1.5 + 30*2.5 + 40*3.5)/100 = 250/100 = 2.5
    AgeDistribution s = AgeDistribution.of(BandSet.singleYears(4), 10, 20, 30, 40, 0);
    assertEquals(2.5, Indicators.meanAge(OpenBandAssumption.DEFAULT).compute(s).value(), EPS);
    // N/2 = 50; cumulated 10, 30, 60 -> age 2: 2 + (50-30)/30 = 2.6667
    assertEquals(2 + 20.0 / 30, Indicators.medianAge(OpenBandAssumption.DEFAULT).compute(s).value(), EPS);
  }

  @Test
  void functionalAgeGroupsOnOnePersonPerAge() {
    long[] ones = new long[101];
    java.util.Arrays.fill(ones, 1);
    AgeDistribution d = AgeDistribution.of(BandSet.singleYears(100), ones); // 0..99 and 100+: 101 people
    long[] expected = {3, 3, 4, 6, 3, 6, 20, 20, 15, 21}; // 80+ = ages 80..99 (20) + 100+ (1)
    FunctionalAgeGroup[] groups = FunctionalAgeGroup.values();
    long sum = 0;
    for (int i = 0; i < groups.length; i++) {
      assertEquals(expected[i], Indicators.functionalGroupCount(groups[i]).compute(d).value(), EPS, groups[i].name());
      assertEquals(expected[i] / 101.0 * 100, Indicators.functionalGroupShare(groups[i]).compute(d).value(), EPS, groups[i].name());
      sum += expected[i];
    }
    assertEquals(101, sum);
    // 17 official bands cannot give 16-18 (15-17 | 18-19): not computable, never approximated
    AgeDistribution off = AgeDistribution.of(BandSet.fromLowerBounds(0, 3, 6, 10, 15, 18, 20), 1, 1, 1, 1, 1, 1, 1);
    IndicatorResult r = Indicators.functionalGroupCount(FunctionalAgeGroup.AGE_16_18).compute(off);
    assertFalse(r.isComputable());
    assertEquals(ReasonCode.NO_BAND_STARTS_AT, r.reasonCode());
    assertEquals("keine Altersgruppe beginnt beim Alter 16 in [0-2, 3-5, 6-9, 10-14, 15-17, 18-19, 20+]", r.reason());
  }

  @Test
  void sexRatio() {
    BandSet b = BandSet.fromLowerBounds(0, 65);
    PopulationTable t = PopulationTable.builder(List.of("01001"), List.of(LocalDate.of(2020, 12, 31)), b)
        .setAll("01001", LocalDate.of(2020, 12, 31), Sex.MALE, 60, 30)
        .setAll("01001", LocalDate.of(2020, 12, 31), Sex.FEMALE, 55, 45).build();
    // males 90, females 100: 90/100*100 = 90
    PopulationSnapshot s = PopulationSnapshot.of(t, "01001", LocalDate.of(2020, 12, 31));
    assertEquals(90.0, Indicators.sexRatio().compute(s, Sex.TOTAL).value(), EPS);
    // the derived total is m + w: 115 and 75
    assertEquals(190, s.distribution(Sex.TOTAL).get().total().value());
  }

  @Test
  void divisionByZeroAndUnknownAreExplicit() {
    AgeDistribution zeroWorking = AgeDistribution.of(BandSet.fromLowerBounds(0, 20, 65), 10, 0, 5);
    IndicatorResult r = Indicators.oldAgeRatio(AgeBounds.DESTATIS).compute(zeroWorking);
    assertFalse(r.isComputable());
    assertEquals(ReasonCode.ZERO_DENOMINATOR, r.reasonCode());
    assertEquals("Nenner ist 0 (Division durch null)", r.reason());
    assertEquals("denominator is 0 (division by zero)", r.reason(Locale.ENGLISH));
    assertEquals(ReasonCode.ZERO_POPULATION, Indicators.meanAge(OpenBandAssumption.DEFAULT).compute(
        AgeDistribution.of(BandSet.fromLowerBounds(0, 20, 65), 0, 0, 0)).reasonCode());
    AgeDistribution empty = AgeDistribution.of(BandSet.fromLowerBounds(0, 20, 65), 0, 0, 0);
    assertFalse(Indicators.meanAge(OpenBandAssumption.DEFAULT).compute(empty).isComputable());
    assertFalse(Indicators.medianAge(OpenBandAssumption.DEFAULT).compute(empty).isComputable());
    assertFalse(Indicators.shareFrom(65).compute(empty).isComputable());

    LocalDate d = LocalDate.of(2018, 12, 31);
    PopulationTable t = PopulationTable.builder(List.of("11000001"), List.of(d), BandSet.fromLowerBounds(0, 20, 65))
        .set("11000001", d, Sex.TOTAL, 0, 10).setState("11000001", d, Sex.TOTAL, 1, ValueState.UNKNOWN)
        .set("11000001", d, Sex.TOTAL, 2, 5).build();
    IndicatorResult u = Indicators.oldAgeRatio(AgeBounds.DESTATIS).compute(PopulationSnapshot.of(t, "11000001", d), Sex.TOTAL);
    assertFalse(u.isComputable());
    assertEquals(ReasonCode.CELL_NOT_KNOWN, u.reasonCode());
    assertEquals("Nenner: Altersgruppe 20-64 ist „.“ (Zahlenwert unbekannt oder geheim zu halten)", u.reason());
    assertEquals("denominator: age band 20-64 is '.' (unknown or kept secret)", u.reason(Locale.ENGLISH));
    assertThrows(IllegalStateException.class, u::value);
    // male cells were never supplied: missing, not zero
    IndicatorResult m = Indicators.shareFrom(65).compute(PopulationSnapshot.of(t, "11000001", d), Sex.MALE);
    assertEquals(ReasonCode.CELL_MISSING, m.reasonCode());
    assertEquals("Zähler: Altersgruppe 65+ fehlt (kein Wert geliefert)", m.reason());
    zwk.model.profile.IndicatorValue v = u.toIndicatorValue("old_age_ratio", "11000001", d);
    assertTrue(v.value().isEmpty());
    assertEquals(u.reason(), v.notComputableReason().get(), "German by default");
    assertEquals("denominator: age band 20-64 is '.' (unknown or kept secret)",
        u.toIndicatorValue("old_age_ratio", "11000001", d, Locale.ENGLISH).notComputableReason().get());
  }

  @Test
  void standardSetHasUniqueIdsAndModelDescriptions() {
    List<PopulationIndicator> all = Indicators.standard(AgeBounds.DESTATIS);
    Set<String> ids = new HashSet<>();
    for (PopulationIndicator i : all) {
      assertTrue(ids.add(i.id()), "duplicate id " + i.id());
      assertEquals(i.id(), i.describe().id());
      assertTrue(i.describe().definition().isPresent());
    }
    assertEquals(3 + 3 + 1 + 2 + 20 + 1, all.size());
  }
}
