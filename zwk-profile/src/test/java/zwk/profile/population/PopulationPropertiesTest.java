// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.OpenBandAssumption;
import zwk.profile.indicator.PopulationIndicator;

/** Property tests (QuickTheories) on regrouping, aggregation, scaling and the median. */
class PopulationPropertiesTest {
  private static final LocalDate D = LocalDate.of(2020, 12, 31);

  private static long[] toArray(List<Integer> l) {
    return l.stream().mapToLong(Integer::longValue).toArray();
  }

  /** Band starts 0 < s1 < … drawn from random cut points in 1..100. */
  private static BandSet coarse(List<Integer> cuts) {
    TreeSet<Integer> s = new TreeSet<>(cuts);
    s.add(0);
    return BandSet.fromLowerBounds(s.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void regroupingPreservesTotals() {
    qt().forAll(lists().of(integers().between(0, 50_000)).ofSize(101), lists().of(integers().between(1, 100)).ofSizeBetween(0, 12))
        .checkAssert((counts, cuts) -> {
          PopulationTable t = PopulationTable.builder(List.of("01001"), List.of(D), BandSet.singleYears(100))
              .setAll("01001", D, Sex.MALE, toArray(counts)).setAll("01001", D, Sex.FEMALE, toArray(counts)).build();
          BandSet target = coarse(cuts);
          PopulationTable g = t.regroup(target);
          for (Sex sex : Sex.values()) {
            assertEquals(t.distribution("01001", D, sex).total().value(), g.distribution("01001", D, sex).total().value());
          }
          // every target band equals the sum of its single years
          for (int b = 0; b < target.size(); b++) {
            int from = target.band(b).from();
            int to = target.band(b).isOpen() ? 100 : target.band(b).to().getAsInt();
            long expected = 0;
            for (int a = from; a <= to; a++) {
              expected += counts.get(a);
            }
            assertEquals(expected, g.count(0, 0, Sex.MALE, b));
          }
        });
  }

  @Test
  void aggregationOfPartsEqualsTheWhole() {
    qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40)).checkAssert(counts -> {
      BandSet bands = BandSet.fromLowerBounds(0, 20, 65);
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < counts.size(); i++) {
        keys.add(String.format("01%03d", i + 1)); // Kreise 01001.. of Schleswig-Holstein
      }
      PopulationTable.Builder b = PopulationTable.builder(keys, List.of(D), bands);
      long[] expected = new long[3];
      for (int i = 0; i < counts.size(); i++) {
        long c = counts.get(i);
        b.setAll(keys.get(i), D, Sex.TOTAL, c, c / 2, c / 3);
        expected[0] += c;
        expected[1] += c / 2;
        expected[2] += c / 3;
      }
      PopulationTable t = b.build();
      PopulationTable land = PopulationTables.aggregate(t, RegionLevel.DISTRICT, RegionLevel.STATE);
      PopulationTable de = PopulationTables.aggregate(t, RegionLevel.DISTRICT, RegionLevel.COUNTRY);
      for (int band = 0; band < 3; band++) {
        assertEquals(expected[band], land.count(0, 0, Sex.TOTAL, band));
        assertEquals(expected[band], de.count(0, 0, Sex.TOTAL, band));
      }
      assertTrue(PopulationTables.compareTotals(land, land).isEmpty());
    });
  }

  @Test
  void ratiosAreInvariantToScalingAllCounts() {
    List<PopulationIndicator> ratios = List.of(Indicators.youthRatio(AgeBounds.DESTATIS), Indicators.oldAgeRatio(AgeBounds.DESTATIS),
        Indicators.totalDependencyRatio(AgeBounds.DESTATIS), Indicators.shareUnder(20), Indicators.shareFrom(65),
        Indicators.shareFrom(80), Indicators.greyingIndex(), Indicators.meanAge(OpenBandAssumption.DEFAULT),
        Indicators.medianAge(OpenBandAssumption.DEFAULT));
    BandSet bands = BandSet.fromLowerBounds(0, 20, 60, 65, 80);
    qt().forAll(lists().of(integers().between(1, 1_000_000)).ofSize(5), integers().between(1, 1000)).checkAssert((counts, k) -> {
      AgeDistribution d = AgeDistribution.of(bands, toArray(counts));
      AgeDistribution s = d.scaled(k);
      for (PopulationIndicator i : ratios) {
        IndicatorResult a = i.compute(d);
        IndicatorResult b = i.compute(s);
        assertEquals(a.value(), b.value(), 1e-9 * Math.max(1, Math.abs(a.value())), i.id());
      }
    });
  }

  @Test
  void medianLiesWithinTheAgesPresent() {
    qt().forAll(lists().of(integers().between(0, 1000)).ofSize(101)).assuming(c -> c.stream().anyMatch(x -> x > 0))
        .checkAssert(counts -> {
          AgeDistribution d = AgeDistribution.of(BandSet.singleYears(100), toArray(counts));
          int min = -1;
          int max = -1;
          for (int a = 0; a <= 100; a++) {
            if (counts.get(a) > 0) {
              max = a;
              if (min < 0) {
                min = a;
              }
            }
          }
          double upper = max == 100 ? 100 + OpenBandAssumption.DEFAULT.width() : max + 1;
          double median = Indicators.medianAge(OpenBandAssumption.DEFAULT).compute(d).value();
          assertTrue(median >= min && median <= upper, median + " not in [" + min + ", " + upper + "]");
          double mean = Indicators.meanAge(OpenBandAssumption.DEFAULT).compute(d).value();
          assertTrue(mean >= min && mean <= upper, mean + " not in [" + min + ", " + upper + "]");
        });
  }
}
