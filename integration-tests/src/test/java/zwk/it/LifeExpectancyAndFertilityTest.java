package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import zwk.io.csv.CsvReadOptions;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;
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

  /** The qx column by sex (m, w), read with zwk-io's CSV tokenizer and the header names. */
  private static Map<String, List<double[]>> lifeTable() throws IOException {
    Map<String, List<double[]>> bySex = new HashMap<>();
    try (InputStream in = Files.newInputStream(RealData.file("genesis/sterbetafel_2018-2020_deutschland.csv"));
        CsvRows rows = CsvRows.open(in, "sterbetafel_2018-2020_deutschland.csv", CsvReadOptions.defaults())) {
      CsvRow header = rows.next();
      int sex = header.fields().indexOf("geschlecht");
      int age = header.fields().indexOf("alter");
      int qx = header.fields().indexOf("qx");
      int ex = header.fields().indexOf("ex");
      for (CsvRow r : rows) {
        if (r.isBlank()) {
          continue;
        }
        bySex.computeIfAbsent(r.get(sex), k -> new ArrayList<>()).add(new double[] {
            Integer.parseInt(r.get(age)), Double.parseDouble(r.get(qx)), Double.parseDouble(r.get(ex))});
      }
    }
    return bySex;
  }

  @Test
  void lifeExpectancyAtBirthFromQx() throws IOException {
    Map<String, List<double[]>> t = lifeTable();
    Map<String, Double> published = Map.of("m", 78.64, "w", 83.40); // README / Destatis Sterbetafel 2018/2020
    for (String sex : List.of("m", "w")) {
      List<double[]> rows = t.get(sex);
      assertEquals(101, rows.size(), sex);
      double[] qx = new double[rows.size()];
      for (int i = 0; i < qx.length; i++) {
        assertEquals(i, (int) rows.get(i)[0], "ages in order");
        qx[i] = rows.get(i)[1];
      }
      IndicatorResult e0 = LifeExpectancy.forSex(sex.equals("m") ? Sex.MALE : Sex.FEMALE).compute(qx);
      assertEquals(published.get(sex), Math.round(e0.value() * 100) / 100.0, 1e-9, sex + " e0 = " + e0);
      // against the table's own ex column at birth (computed by Destatis with its infant factor)
      assertEquals(rows.get(0)[2], e0.value(), 0.005, sex);
      // remaining life expectancy at 65 within 0.01 years of the published ex (only the closure differs there)
      assertEquals(rows.get(65)[2], LifeTable.fromQx(qx).ex(65), 0.01, sex);
      // the textbook a0 = 0.5 lands 0.002 years higher: still 78.64 for men, but 83.41 for women
      assertEquals(e0.value(), new LifeExpectancy(0.5).compute(qx).value(), 0.003, sex);
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
