// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

/**
 * {@link IndicatorBatch} gives, bit for bit, the values of each indicator's own
 * {@code compute(snapshot, Sex.TOTAL)} (the independent reference) and NaN exactly where that is not
 * computable, on generated tables: single years, GENESIS bands, random bands, a closed top band;
 * complete tables, special values, missing cells, zero populations.
 */
class IndicatorBatchTest {
  private static final List<String> REGIONS = List.of("01", "02", "03", "04");
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 12, 31));
  private static final ValueState[] SPECIAL = {ValueState.UNKNOWN, ValueState.NOT_APPLICABLE, ValueState.UNCERTAIN};

  private static BandSet bands(int kind, Random rnd) {
    switch (kind) {
      case 0:
        return BandSet.singleYears(80 + rnd.nextInt(21));
      case 1:
        return BandSet.fromLowerBounds(0, 3, 6, 10, 15, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 75);
      case 2: {
        List<Integer> starts = new ArrayList<>(List.of(0));
        int a = 0;
        while (a < 95) {
          a += 1 + rnd.nextInt(12);
          starts.add(a);
        }
        return BandSet.fromLowerBounds(starts.stream().mapToInt(Integer::intValue).toArray());
      }
      default: {
        List<AgeBand> l = new ArrayList<>();
        int from = 0;
        while (from < 90) {
          int to = from + rnd.nextInt(10);
          l.add(AgeBand.of(from, to));
          from = to + 1;
        }
        return BandSet.of(l);
      }
    }
  }

  private static PopulationTable table(long seed, int bandKind, int stateKind) {
    Random rnd = new Random(seed);
    BandSet bands = bands(bandKind, rnd);
    PopulationTable.Builder b = PopulationTable.builder(REGIONS, DATES, bands).deriveTotals(rnd.nextBoolean());
    for (String r : REGIONS) {
      for (LocalDate d : DATES) {
        boolean empty = rnd.nextInt(6) == 0; // a region without population at that date
        int scale = rnd.nextBoolean() ? 30 : 200_000;
        for (Sex s : Sex.values()) {
          for (int i = 0; i < bands.size(); i++) {
            int roll = rnd.nextInt(100);
            if ((stateKind & 1) != 0 && roll < 3) {
              b.setState(r, d, s, i, SPECIAL[rnd.nextInt(SPECIAL.length)]);
            } else if ((stateKind & 2) != 0 && roll >= 97) {
              continue; // missing (or derived from the sexes)
            } else {
              b.set(r, d, s, i, empty || rnd.nextInt(8) == 0 ? 0 : rnd.nextInt(scale));
            }
          }
        }
      }
    }
    return b.build();
  }

  private static List<PopulationIndicator> indicators(Random rnd) {
    int young = 5 + rnd.nextInt(20);
    AgeBounds bounds = rnd.nextBoolean() ? AgeBounds.DESTATIS : AgeBounds.of(young, young + 10 + rnd.nextInt(50));
    List<PopulationIndicator> l = new ArrayList<>(Indicators.standard(bounds,
        OpenBandAssumption.ofWidth(1 + rnd.nextInt(20) + rnd.nextDouble())));
    l.add(Indicators.shareUnder(1 + rnd.nextInt(99)));
    l.add(Indicators.shareFrom(rnd.nextInt(100)));
    l.add(Indicators.youthRatio(AgeBounds.EUROSTAT));
    return l;
  }

  @Test
  void sameValuesAsEachIndicatorOnGeneratedTables() {
    qt().withExamples(600).forAll(longs().all(), integers().between(0, 3), integers().between(0, 3))
        .checkAssert((seed, bandKind, stateKind) -> {
          PopulationTable t = table(seed, bandKind, stateKind);
          List<PopulationIndicator> set = indicators(new Random(seed + 1));
          IndicatorBatch batch = IndicatorBatch.of(set, t.bands());
          assertFalse(batch.hasFallback());
          double[] values = new double[batch.size()];
          for (int r = 0; r < t.regions().size(); r++) {
            for (int d = 0; d < t.dates().size(); d++) {
              batch.compute(t, r, d, values);
              PopulationSnapshot snap = PopulationSnapshot.of(t, t.regions().get(r), t.dates().get(d));
              for (int k = 0; k < set.size(); k++) {
                IndicatorResult expected = set.get(k).compute(snap, Sex.TOTAL);
                String what = set.get(k).id() + " region " + r + " date " + d + " " + t.bands();
                if (expected.isComputable()) {
                  assertEquals(Double.doubleToRawLongBits(expected.value()), Double.doubleToRawLongBits(values[k]),
                      what + ": " + expected.value() + " vs " + values[k]);
                } else {
                  assertTrue(Double.isNaN(values[k]), what + ": expected NaN, got " + values[k]);
                }
              }
            }
          }
        });
  }

  /** A subclass outside zwk's own is computed by its own code. */
  @Test
  void foreignIndicatorsThroughTheirOwnCompute() {
    PopulationIndicator constant = new PopulationIndicator("c", "C", "C", "x", "7", "test") {
      @Override
      public IndicatorResult compute(AgeDistribution distribution) {
        return distribution.total().value() > 150 ? IndicatorResult.of(7) : IndicatorResult.notComputable("small");
      }
    };
    BandSet bands = BandSet.fromLowerBounds(0, 20, 65);
    PopulationTable t = PopulationTable.builder(List.of("a", "b"), DATES.subList(0, 1), bands)
        .setAll("a", DATES.get(0), Sex.MALE, 10, 20, 30).setAll("a", DATES.get(0), Sex.FEMALE, 10, 20, 30)
        .setAll("b", DATES.get(0), Sex.MALE, 100, 20, 30).setAll("b", DATES.get(0), Sex.FEMALE, 10, 20, 30)
        .build();
    IndicatorBatch batch = IndicatorBatch.of(List.of(Indicators.youthRatio(AgeBounds.DESTATIS), constant), bands);
    assertTrue(batch.hasFallback());
    double[] v = new double[2];
    batch.compute(t, 0, 0, v);
    assertEquals(20.0 / 40 * 100, v[0], 0); // totals 20, 40, 60
    assertTrue(Double.isNaN(v[1])); // a's total 120 is not above 150

    batch.compute(t, 1, 0, v);
    assertEquals(110.0 / 40 * 100, v[0], 0); // young 100 + 10, working 20 + 20
    assertEquals(7.0, v[1], 0); // b's total 210
  }

  @Test
  void rejectsOtherBands() {
    PopulationTable t = table(1, 1, 0);
    IndicatorBatch batch = IndicatorBatch.of(Indicators.standard(AgeBounds.DESTATIS), BandSet.singleYears(90));
    assertThrows(IllegalArgumentException.class, () -> batch.compute(t, 0, 0, new double[batch.size()]));
  }
}
