// SPDX-License-Identifier: Apache-2.0
package zwk.profile.vital;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.population.BandSet;
import zwk.profile.population.CountResult;
import zwk.profile.population.PopulationTable;
import zwk.profile.reason.ReasonCode;

/** TFR, life table, balances and migration by motive against hand computations. */
class VitalTest {

  @Test
  void tfrIsTheSumOfRatesPerThousand() {
    TreeMap<Integer, Double> rates = new TreeMap<>();
    for (int a = 15; a <= 49; a++) {
      rates.put(a, 40.0);
    }
    // 35 ages x 40 per 1000 = 1400 per 1000 = 1.4 children per woman
    assertEquals(1.4, new TotalFertilityRate().compute(rates).value(), 1e-12);
    rates.remove(30);
    IndicatorResult r = new TotalFertilityRate().compute(rates);
    assertFalse(r.isComputable());
    assertEquals(ReasonCode.NO_FERTILITY_RATE, r.reasonCode());
    assertEquals("keine Geburtenziffer für das Alter 30 (benötigt: Alter 15 bis 49)", r.reason());
  }

  @Test
  void lifeTableByHand() {
    // q = 0.1, 0.5, 1.0; l = 100000, 90000, 45000; d = 10000, 45000, 45000
    // L0 = 100000 - 0.5*10000 = 95000; L1 = 90000 - 45000/2 = 67500; L2 (q = 1: all die in the year) = 45000/2 = 22500
    // T0 = 185000 -> e0 = 1.85; e1 = 90000/90000 = 1.0; e2 = 22500/45000 = 0.5
    LifeTable t = LifeTable.fromQx(new double[] {0.1, 0.5, 1.0});
    assertEquals(90000, t.lx(1), 1e-9);
    assertEquals(45000, t.dx(2), 1e-9);
    assertEquals(67500, t.bigLx(1), 1e-9);
    assertEquals(185000, t.tx(0), 1e-9);
    assertEquals(1.85, t.ex(0), 1e-12);
    assertEquals(1.0, t.ex(1), 1e-12);
    assertEquals(0.5, t.ex(2), 1e-12);
    // a0 = 0.1: L0 = 100000 - 0.9*10000 = 91000 -> e0 = 181000/100000 = 1.81
    assertEquals(1.81, new LifeExpectancy(0.1).compute(new double[] {0.1, 0.5, 1.0}).value(), 1e-12);
    // open last age with q = 0.4: constant force mu = -ln(0.6) = 0.5108256; L = l / mu; one age only: e0 = 1/mu = 1.957615
    assertEquals(1 / -Math.log(0.6), LifeTable.fromQx(new double[] {0.4}).ex(0), 1e-12);
    assertEquals(1.957615, LifeTable.fromQx(new double[] {0.4}).ex(0), 1e-6);
    // two ages q = 0.2, 0.4 with a0 = 0.5: l1 = 80000; L0 = 100000 - 0.5*20000 = 90000; L1 = 80000/0.5108256 = 156609.2
    // e0 = (90000 + 156609.2)/100000 = 2.466092
    assertEquals(2.466092, LifeTable.fromQx(new double[] {0.2, 0.4}).ex(0), 1e-6);
  }

  @Test
  void andreevKingkadeInfantFactor() {
    // male q0 = 0.01: 0.1493 - 2.0367*0.01 = 0.128933; female q0 = 0.03: 0.0438 + 4.1075*0.03 = 0.167025; male q0 = 0.1: 0.2991
    assertEquals(0.128933, InfantSeparation.andreevKingkade(Sex.MALE, 0.01), 1e-12);
    assertEquals(0.167025, InfantSeparation.andreevKingkade(Sex.FEMALE, 0.03), 1e-12);
    assertEquals(0.2991, InfantSeparation.andreevKingkade(Sex.MALE, 0.1), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> InfantSeparation.andreevKingkade(Sex.TOTAL, 0.01));
    // q = 0.1, 0.5, 1.0 male: a0 = 0.2991 -> L0 = 100000 - 0.7009*10000 = 92991; T0 = 92991 + 67500 + 22500 = 182991
    assertEquals(1.82991, LifeExpectancy.forSex(Sex.MALE).compute(new double[] {0.1, 0.5, 1.0}).value(), 1e-12);
  }

  @Test
  void lifeTableRejectsBadProbabilities() {
    assertThrows(IllegalArgumentException.class, () -> LifeTable.fromQx(new double[] {0.1, 1.5}));
    assertThrows(IllegalArgumentException.class, () -> LifeTable.fromQx(new double[] {0.1, 0.0}));
    IndicatorResult r = new LifeExpectancy().compute(new double[] {Double.NaN});
    assertFalse(r.isComputable());
    assertEquals(ReasonCode.INVALID_DEATH_PROBABILITY, r.reasonCode());
    assertEquals("Sterbewahrscheinlichkeit q_x für das Alter 0 ist NaN, erwartet eine Wahrscheinlichkeit von 0 bis 1", r.reason());
  }

  @Test
  void balancesPerThousand() {
    // (8 - 12) / 2000 * 1000 = -2; (150 - 100) / 2000 * 1000 = 25
    assertEquals(-2.0, VitalBalances.naturalBalance(CountResult.of(8), CountResult.of(12), CountResult.of(2000)).value(), 1e-12);
    assertEquals(25.0, VitalBalances.migrationBalance(CountResult.of(150), CountResult.of(100), CountResult.of(2000)).value(), 1e-12);
    assertFalse(VitalBalances.migrationBalance(CountResult.of(1), CountResult.of(1), CountResult.of(0)).isComputable());
    assertFalse(VitalBalances.naturalBalance(CountResult.notAvailable("'.'"), CountResult.of(1), CountResult.of(9)).isComputable());
  }

  @Test
  void migrationByMotiveFourYearMean() {
    BandSet b = BandSet.fromLowerBounds(0, 18, 25, 30, 50, 65); // 0-17, 18-24, 25-29, 30-49, 50-64, 65+
    List<LocalDate> years = List.of(LocalDate.of(2017, 12, 31), LocalDate.of(2018, 12, 31), LocalDate.of(2019, 12, 31),
        LocalDate.of(2020, 12, 31));
    PopulationTable.Builder in = PopulationTable.builder(List.of("01001"), years, b);
    PopulationTable.Builder out = PopulationTable.builder(List.of("01001"), years, b);
    PopulationTable.Builder pop = PopulationTable.builder(List.of("01001"), years, b);
    long[] inEdu = {10, 20, 30, 40};
    for (int i = 0; i < 4; i++) {
      in.setAll("01001", years.get(i), Sex.TOTAL, 60, inEdu[i], 5, 40, 3, 2);
      out.setAll("01001", years.get(i), Sex.TOTAL, 50, 30, 5, 30, 3, 4);
      pop.setAll("01001", years.get(i), Sex.TOTAL, 1000, 500, 300, 1000, 800, 400);
    }
    PopulationTable ti = in.build();
    PopulationTable to = out.build();
    PopulationTable tp = pop.build();
    // education (18-24): (10-30)/500*1000 = -40, (20-30) -> -20, (30-30) -> 0, (40-30) -> +20; mean = -10
    assertEquals(-10.0, new MigrationByMotive(MigrationMotive.EDUCATION).compute(ti, to, tp, "01001", years).value(), 1e-12);
    // family (0-17 and 30-49): ((60+40) - (50+30)) / (1000+1000) * 1000 = 10 every year
    assertEquals(10.0, new MigrationByMotive(MigrationMotive.FAMILY).compute(ti, to, tp, "01001", years).value(), 1e-12);
    // work (25-29): 0; early retirement (50-64): 0; late (65+): (2-4)/400*1000 = -5
    assertEquals(0.0, new MigrationByMotive(MigrationMotive.WORK).compute(ti, to, tp, "01001", years).value(), 1e-12);
    assertEquals(0.0, new MigrationByMotive(MigrationMotive.EARLY_RETIREMENT).compute(ti, to, tp, "01001", years).value(), 1e-12);
    assertEquals(-5.0, new MigrationByMotive(MigrationMotive.LATE_RETIREMENT).compute(ti, to, tp, "01001", years).value(), 1e-12);
  }

  @Test
  void migrationByMotiveNeedsAlignedBands() {
    BandSet b = BandSet.fromLowerBounds(0, 20, 65);
    List<LocalDate> years = List.of(LocalDate.of(2020, 12, 31));
    PopulationTable t = PopulationTable.builder(List.of("01001"), years, b).setAll("01001", years.get(0), Sex.TOTAL, 1, 1, 1).build();
    IndicatorResult r = new MigrationByMotive(MigrationMotive.EDUCATION).compute(t, t, t, "01001", years);
    assertFalse(r.isComputable());
    assertEquals(ReasonCode.NO_BAND_STARTS_AT, r.reasonCode());
    assertEquals("31.12.2020: Zuzüge: keine Altersgruppe beginnt beim Alter 18 in [0-19, 20-64, 65+]", r.reason());
    assertEquals("2020-12-31: in-migration: no age band starts at age 18 in [0-19, 20-64, 65+]", r.reason(Locale.ENGLISH));
  }
}
