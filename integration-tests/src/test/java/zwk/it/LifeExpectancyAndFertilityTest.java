// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import zwk.io.genesis.GenesisReader;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.vital.LifeExpectancy;
import zwk.profile.vital.LifeTable;
import zwk.profile.vital.TotalFertilityRate;

/** e0 from the qx column of the 2018/2020 life table, and the TFR 2021 from 12612-0008. */
class LifeExpectancyAndFertilityTest {

  /**
   * One column of the life table for one sex, ages 0 … 100 in order, read with {@link GenesisReader}
   * (which detects the {@code geschlecht;alter;qx;…} layout).
   */
  private static double[] column(StatisticsTable t, Sex sex, String variable) {
    TreeMap<Integer, Double> byAge = new TreeMap<>();
    for (StatisticsRecord r : t.records()) {
      if (r.sex().get() == sex && r.variable().equals(variable)) {
        assertTrue(r.age().get().isSingleYear(), "single years: " + r.age().get());
        Double previous = byAge.put(r.age().get().from(), r.value().get().doubleValue());
        assertEquals(null, previous, "duplicate age " + r.age().get());
      }
    }
    assertEquals(101, byAge.size(), sex + " " + variable);
    assertEquals(0, byAge.firstKey());
    assertEquals(100, byAge.lastKey(), "ages 0..100 without gaps");
    return byAge.values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void lifeExpectancyAtBirthFromQx() {
    StatisticsTable t = GenesisReader.read(RealData.file("genesis/sterbetafel_2018-2020_deutschland.csv"));
    Map<Sex, Double> published = Map.of(Sex.MALE, 78.64, Sex.FEMALE, 83.40); // README / Destatis Sterbetafel 2018/2020
    for (Sex sex : List.of(Sex.MALE, Sex.FEMALE)) {
      double[] qx = column(t, sex, "qx");
      double[] ex = column(t, sex, "ex");
      IndicatorResult e0 = LifeExpectancy.forSex(sex).compute(qx);
      assertEquals(published.get(sex), Math.round(e0.value() * 100) / 100.0, 1e-9, sex + " e0 = " + e0);
      // against the table's own ex column at birth (computed by Destatis with its infant factor)
      assertEquals(ex[0], e0.value(), 0.005, sex.code());
      // remaining life expectancy at 65 within 0.01 years of the published ex (only the closure differs there)
      assertEquals(ex[65], LifeTable.fromQx(qx).ex(65), 0.01, sex.code());
      // the textbook a0 = 0.5 lands 0.002 years higher: still 78.64 for men, but 83.41 for women
      assertEquals(e0.value(), new LifeExpectancy(0.5).compute(qx).value(), 0.003, sex.code());
    }
  }

  @Test
  void totalFertilityRate2021() {
    StatisticsTable t = GenesisReader.read(RealData.file("genesis/12612-0008_geburtenziffern_ffcsv.csv"));
    TreeMap<Integer, Double> rates = new TreeMap<>();
    for (StatisticsRecord r : t.records()) {
      if (r.year().get() == 2021) {
        Double previous = rates.put(r.age().get().from(), r.value().get().doubleValue());
        assertEquals(null, previous, "duplicate age " + r.age().get());
      }
    }
    assertEquals(35, rates.size());
    IndicatorResult tfr = new TotalFertilityRate().compute(rates);
    // README: the sum of a year's rates / 1000, 2021: 1.610
    assertEquals(1.610, Math.round(tfr.value() * 1000) / 1000.0, 1e-9, "TFR " + tfr);
    rates.remove(49);
    assertFalse(new TotalFertilityRate().compute(rates).isComputable());
  }
}
