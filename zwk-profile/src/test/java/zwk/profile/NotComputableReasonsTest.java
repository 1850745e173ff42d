// SPDX-License-Identifier: Apache-2.0
package zwk.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.OpenBandAssumption;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.CountResult;
import zwk.profile.reason.Reason;
import zwk.profile.reason.ReasonCode;
import zwk.profile.reason.ReasonPart;
import zwk.profile.vital.LifeExpectancy;
import zwk.profile.vital.TotalFertilityRate;
import zwk.profile.vital.VitalBalances;

/** The computations give the documented reason codes; texts written out by hand. */
class NotComputableReasonsTest {
  private static final BandSet CLOSED = BandSet.of(AgeBand.of(0, 64), AgeBand.of(65, 89));

  @Test
  void closedTopBandAndEmptyRange() {
    AgeDistribution d = AgeDistribution.of(CLOSED, 10, 5);
    CountResult c = d.sum(65, -1); // 65 starts a band, but 65-89 is closed
    assertEquals(ReasonCode.CLOSED_TOP_BAND, c.reasonCode());
    assertEquals("Alter 65 und älter verlangt, aber die oberste Altersgruppe von [0-64, 65-89] ist geschlossen", c.reason());
    assertEquals("ages 65 and over requested, but the top band of [0-64, 65-89] is closed", c.reason(Locale.ENGLISH));
    CountResult e = d.sum(65, 64);
    assertEquals(ReasonCode.EMPTY_AGE_RANGE, e.reasonCode());
    assertEquals("leerer Altersbereich 65 bis 64", e.reason());
    assertEquals("not available (empty age range 65 to 64)", e.toString(), "toString is English");
    IllegalStateException x = assertThrows(IllegalStateException.class, e::value);
    assertEquals("count not available: empty age range 65 to 64", x.getMessage());
  }

  @Test
  void sexesAndEmptyPopulation() {
    AgeDistribution total = AgeDistribution.of(CLOSED, 10, 5);
    PopulationSnapshot onlyTotal = PopulationSnapshot.of("01001", null, total, null, null);
    IndicatorResult f = Indicators.shareFrom(65).compute(onlyTotal, Sex.FEMALE);
    assertEquals(ReasonCode.NO_DISTRIBUTION, f.reasonCode());
    assertEquals("keine Altersverteilung für das Geschlecht weiblich", f.reason());
    assertEquals("no age distribution for sex female", f.reason(Locale.ENGLISH));
    IndicatorResult s = Indicators.sexRatio().compute(onlyTotal, Sex.TOTAL);
    assertEquals(ReasonCode.NEEDS_BOTH_SEXES, s.reasonCode());
    assertEquals(ReasonCode.NEEDS_BOTH_SEXES, Indicators.sexRatio().compute(total).reasonCode());
    IndicatorResult median = Indicators.medianAge(OpenBandAssumption.DEFAULT).compute(AgeDistribution.of(CLOSED, 0, 0));
    assertEquals(ReasonCode.ZERO_POPULATION, median.reasonCode());
    assertEquals("Bevölkerung ist 0", median.reason());
    assertEquals("not computable: population is 0", median.toString());
  }

  @Test
  void vitalStatistics() {
    TreeMap<Integer, Double> rates = new TreeMap<>();
    rates.put(20, 50.0);
    rates.put(21, Double.NaN);
    TotalFertilityRate tfr = new TotalFertilityRate(20, 21);
    IndicatorResult nan = tfr.compute(rates);
    assertEquals(ReasonCode.INVALID_FERTILITY_RATE, nan.reasonCode());
    assertEquals("Geburtenziffer für das Alter 21 ist NaN, erwartet eine Zahl ≥ 0", nan.reason());
    rates.put(21, 60.0);
    rates.put(22, 10.0);
    IndicatorResult outside = tfr.compute(rates);
    assertEquals(ReasonCode.FERTILITY_RATE_OUTSIDE_SPAN, outside.reasonCode());
    assertEquals("fertility rate for age 22 lies outside 20 to 21; widen the age span or filter the rates",
        outside.reason(Locale.ENGLISH));
    assertEquals(ReasonCode.NO_DEATH_PROBABILITIES, new LifeExpectancy().compute(new double[0]).reasonCode());
    IndicatorResult zeroLast = new LifeExpectancy().compute(new double[] {0.1, 0.0});
    assertEquals(ReasonCode.ZERO_LAST_DEATH_PROBABILITY, zeroLast.reasonCode());
    assertEquals("Sterbewahrscheinlichkeit des offenen letzten Alters 1 ist 0, erwartet größer 0", zeroLast.reason());
    IndicatorResult births = VitalBalances.naturalBalance(CountResult.notAvailable(Reason.zeroPopulation()), CountResult.of(1),
        CountResult.of(9));
    assertEquals(List.of(ReasonPart.BIRTHS), births.notComputableReason().get().context().stream().map(c -> c.part()).toList());
    assertEquals("Lebendgeborene: Bevölkerung ist 0", births.reason());
    assertEquals("denominator is 0 (division by zero)",
        VitalBalances.migrationBalance(CountResult.of(3), CountResult.of(1), CountResult.of(0)).reason(Locale.ENGLISH));
  }

  @Test
  void computableResultsHaveNoReason() {
    IndicatorResult r = IndicatorResult.of(2.5);
    assertNull(r.reason());
    assertNull(r.reason(Locale.ENGLISH));
    assertNull(r.reasonCode());
    assertTrue(r.notComputableReason().isEmpty());
    assertNull(CountResult.of(3).reasonCode());
    assertTrue(CountResult.of(3).notAvailableReason().isEmpty());
  }

  @Test
  void customTextIsKeptInEveryLanguage() {
    IndicatorResult r = IndicatorResult.notComputable("Daten fehlen {age}");
    assertEquals(ReasonCode.CUSTOM, r.reasonCode());
    assertEquals("Daten fehlen {age}", r.reason());
    assertEquals("Daten fehlen {age}", r.reason(Locale.ENGLISH));
    assertEquals("Daten fehlen {age}", r.toIndicatorValue("x", "01001", null, Locale.ENGLISH).notComputableReason().get());
  }
}
