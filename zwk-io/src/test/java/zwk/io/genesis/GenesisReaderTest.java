// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.io.TestData;
import zwk.model.region.Ags;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.model.statistics.ValueState;

/** Every real GENESIS file of data/genesis against the figures of data/README.md. */
class GenesisReaderTest {
  private static StatisticsTable read(String name) {
    return GenesisReader.read(TestData.file("genesis/" + name));
  }

  private static long sum(StatisticsTable t, Predicate<StatisticsRecord> p) {
    return t.records().stream().filter(p).filter(r -> r.state().isNumeric())
        .mapToLong(r -> r.value().get().longValueExact()).sum();
  }

  private static Predicate<StatisticsRecord> district() {
    return r -> r.ags().map(a -> a.level() == RegionLevel.DISTRICT).orElse(false);
  }

  @Test
  void kreise2018SumToTheOfficialTotalWithoutSubDistrictRows() {
    StatisticsTable t = read("12411-02-03-5-B_kreise_2018.csv");
    assertEquals(Optional.of("12411-02-03-5-B"), t.tableCode());
    Predicate<StatisticsRecord> totalAge = r -> r.age().isEmpty();
    assertEquals(83_019_213L, sum(t, district().and(totalAge).and(r -> r.sex().get() == Sex.TOTAL)));
    assertEquals(40_966_691L, sum(t, district().and(totalAge).and(r -> r.sex().get() == Sex.MALE)));
    assertEquals(42_052_522L, sum(t, district().and(totalAge).and(r -> r.sex().get() == Sex.FEMALE)));
    Set<String> current = t.records().stream().filter(district()).filter(r -> r.state() == ValueState.NUMBER)
        .map(StatisticsRecord::regionKey).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(401, current.size());
    // Hannover, Aachen, Saarbrücken: 8-digit rows are Gemeinden inside Kreise that are in the sum already.
    for (String[] sub : new String[][] {{"03241001", "03241"}, {"05334002", "05334"}, {"10041100", "10041"}}) {
      StatisticsRecord city = t.records().stream().filter(r -> r.regionKey().equals(sub[0])).findFirst().orElseThrow();
      assertEquals(RegionLevel.MUNICIPALITY, city.ags().get().level());
      assertTrue(city.ags().get().isWithin(Ags.of(sub[1])));
      assertTrue(current.contains(sub[1]));
    }
    StatisticsRecord first = t.records().get(0);
    assertEquals("01001", first.regionKey());
    assertEquals(Optional.of(LocalDate.of(2018, 12, 31)), first.referenceDate());
    assertEquals(Optional.of(AgeBand.of(0, 2)), first.age());
    assertEquals(Optional.of(new BigDecimal("2629")), first.value());
    assertEquals(10, first.line());
    assertTrue(t.records().stream().anyMatch(r -> r.age().equals(Optional.of(AgeBand.openFrom(75)))));
    assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("Stand: 24.11.2020")));
    assertTrue(t.notes().stream().anyMatch(n -> n.contains("Berlin: Gemeindetabelle liegt bis 2013")));
  }

  @Test
  void kreise2018EveryRowsGroupsAddUpToItsTotal() {
    StatisticsTable t = read("12411-02-03-5-B_kreise_2018.csv");
    Map<String, Long> groups = new HashMap<>();
    Map<String, Long> totals = new HashMap<>();
    for (StatisticsRecord r : t.records()) {
      if (!r.state().isNumeric()) {
        continue;
      }
      String k = r.regionKey() + "/" + r.sex().get();
      long v = r.value().get().longValueExact();
      if (r.age().isPresent()) {
        groups.merge(k, v, Long::sum);
      } else {
        totals.merge(k, v, Long::sum);
      }
    }
    assertEquals((401 + 73 + 3) * 3, totals.size());
    assertEquals(totals, groups);
  }

  @Test
  void kreise2018HistoricalKreiseAndBerlinDistricts() {
    StatisticsTable t = read("12411-02-03-5-B_kreise_2018.csv");
    Set<String> historical = t.regionKeysWithOnlyZeroCells();
    assertEquals(73, historical.size());
    assertTrue(historical.contains("03152")); // Göttingen, Landkreis (old), all '-'
    assertTrue(historical.contains("05313")); // Aachen, Stadt (alt)
    assertFalse(historical.contains("01001"));
    List<StatisticsRecord> berlin = t.records().stream().filter(r -> r.regionKey().matches("110\\d\\d0\\d\\d"))
        .collect(Collectors.toList());
    assertEquals(12 * 54, berlin.size());
    assertTrue(berlin.stream().allMatch(r -> r.state() == ValueState.UNKNOWN && r.value().isEmpty()));
  }

  @Test
  void quotientsOfTheRegionaldatenbankMatchThoseComputedFromTheAgeGroups() {
    StatisticsTable q = read("12411-08-01-4-B_kreise_2018_quotienten.csv");
    StatisticsTable k = read("12411-02-03-5-B_kreise_2018.csv");
    StatisticsRecord flensburg = q.records().get(0);
    assertEquals("01001", flensburg.regionKey());
    assertEquals("Jugendquotient", flensburg.variable());
    assertEquals(Optional.of(Sex.TOTAL), flensburg.sex());
    assertEquals(Optional.of("Anzahl"), flensburg.unit());
    assertEquals(Optional.of(new BigDecimal("29.1")), flensburg.value());
    // Jugendquotient = under 20 / 20 to under 65 * 100; Altenquotient = 65+ / 20 to under 65 * 100.
    Map<String, long[]> groups = new HashMap<>();
    for (StatisticsRecord r : k.records()) {
      if (r.state() != ValueState.NUMBER || r.age().isEmpty()) {
        continue;
      }
      long[] g = groups.computeIfAbsent(r.regionKey() + "/" + r.sex().get(), x -> new long[3]);
      AgeBand a = r.age().get();
      g[a.from() < 20 ? 0 : a.from() < 65 ? 1 : 2] += r.value().get().longValueExact();
    }
    int compared = 0;
    Set<String> deviations = new TreeSet<>();
    for (StatisticsRecord r : q.records()) {
      if (r.state() != ValueState.NUMBER) {
        continue;
      }
      long[] g = groups.get(r.regionKey() + "/" + r.sex().get());
      long numerator = r.variable().equals("Jugendquotient") ? g[0] : g[2];
      BigDecimal expected = BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(g[1]), 1, RoundingMode.HALF_UP);
      if (expected.compareTo(r.value().get()) != 0) {
        deviations.add(r.regionKey() + " " + r.variable() + " " + r.sex().get() + " " + r.value().get());
      }
      compared++;
    }
    // 401 current Kreise + the 3 Gemeinde rows (Hannover, Aachen, Saarbrücken), 6 quotients each.
    assertEquals(404 * 6, compared);
    // The source itself differs for four Kreise of Rheinland-Pfalz (male Altenquotient 0.1 lower than
    // 65+ / 20-64 of the population file, e.g. 07133: 16369 / 45905 = 35.658 published as 35.6; the
    // footnote says Rheinland-Pfalz uses the Gebietsstand of the following year). Listed, not hidden.
    assertEquals(Set.of("07133 Altenquotient MALE 35.6", "07143 Altenquotient MALE 30.9",
        "07335 Altenquotient MALE 32.9", "07337 Altenquotient MALE 35.5"), deviations);
  }

  @Test
  void kreise2019WithLostZerosAndCrlf() {
    StatisticsTable t = read("12411-0018_kreise_2019.csv");
    assertEquals(83_166_711L, sum(t, district()));
    // 401 current Kreise plus 75 historical ones whose rows are '-' throughout.
    assertEquals(75, t.regionKeysWithOnlyZeroCells().size());
    assertEquals(401, t.records().stream().filter(r -> r.state() == ValueState.NUMBER)
        .map(StatisticsRecord::regionKey).distinct().count());
    StatisticsRecord first = t.records().get(0);
    assertEquals("01001", first.regionKey());
    assertEquals(Optional.of(Ags.of("01001")), first.ags());
    assertEquals(Optional.of(Sex.MALE), first.sex());
    assertEquals(Optional.of(2019), first.year());
    assertEquals(476, t.records().stream().map(StatisticsRecord::regionKey).distinct().count());
    assertEquals(476 * 34, t.records().size());
  }

  @Test
  void laenderBySingleYearOfAge() {
    StatisticsTable t = read("12411-0013_laender_altersjahre_2015-2021.csv");
    Predicate<StatisticsRecord> total = r -> r.sex().get() == Sex.TOTAL && r.age().isEmpty();
    assertEquals(83_237_124L, sum(t, total.and(r -> r.year().get() == 2021)));
    assertEquals(82_175_684L, sum(t, total.and(r -> r.year().get() == 2015)));
    // Second method: the single years of age of 2021 add up to the same total.
    assertEquals(83_237_124L, sum(t, r -> r.sex().get() == Sex.TOTAL && r.age().isPresent() && r.year().get() == 2021));
    assertEquals(16, t.records().stream().map(StatisticsRecord::regionKey).distinct().count());
    StatisticsRecord bw = t.records().get(0);
    assertEquals("08", bw.regionKey());
    assertEquals("Baden-Württemberg", bw.regionName());
    assertEquals(Optional.of(AgeBand.single(0)), bw.age());
    assertTrue(t.records().stream().anyMatch(r -> r.age().equals(Optional.of(AgeBand.openFrom(90)))));
  }

  @Test
  void mojibakeIsReportedAndNumbersAreRead() {
    StatisticsTable t = read("12411-0006_deutschland_altersjahre_1970-2021_mojibake.csv");
    assertEquals(1, t.warnings().size());
    zwk.model.diagnostic.Diagnostic w = t.warnings().get(0);
    assertEquals(GenesisDiagnostic.REPLACEMENT_CHARACTERS, w.code());
    // 4375 U+FFFD, the first in the title on line 2: counted with grep -o $'\uFFFD' on the file
    assertEquals(java.util.Map.of("count", 4375L, "line", 2L), w.parameters());
    assertEquals(zwk.model.diagnostic.Diagnostic.Location.of(t.source(), 2, 0), w.location());
    assertEquals("Zeichenkodierung: 4375 Ersatzzeichen U+FFFD im Text (erste in Zeile 2); Umlaute gingen bei einer"
        + " früheren Umwandlung verloren. Zahlen wurden gelesen.", w.message(java.util.Locale.GERMAN));
    assertEquals("Character encoding: 4375 replacement characters U+FFFD in the text (first on line 2); umlauts were"
        + " lost in an earlier conversion. The numbers were read.", w.message(java.util.Locale.ENGLISH));
    StatisticsRecord last = t.records().get(t.records().size() - 1);
    assertEquals(Optional.of(new BigDecimal("83237124")), last.value());
    assertEquals(Optional.of(Sex.TOTAL), last.sex());
    assertEquals("DG", last.regionKey());
    assertEquals(Optional.of(Ags.GERMANY), last.ags());
    assertEquals(41_066_785L, sum(t, r -> r.year().get() == 2021 && r.sex().get() == Sex.MALE && r.age().isEmpty()));
    assertTrue(t.records().stream().anyMatch(r -> r.age().equals(Optional.of(AgeBand.single(1)))));
  }

  @Test
  void deathsWithNationalityAndUnknownAge() {
    StatisticsTable t = read("12613-0004_sterbefaelle_altersjahre.csv");
    List<StatisticsRecord> total2020 = t.records().stream()
        .filter(r -> r.year().get() == 2020 && r.age().isEmpty() && !r.dimensions().containsKey("Alter"))
        .collect(Collectors.toList());
    assertEquals(9, total2020.size());
    StatisticsRecord all = total2020.get(8);
    assertEquals(Optional.of(Sex.TOTAL), all.sex());
    assertEquals(Optional.of("Insgesamt"), all.nationality());
    assertEquals(Optional.of(new BigDecimal("985572")), all.value());
    assertEquals(Optional.of("Deutsche"), total2020.get(0).nationality());
    assertTrue(t.records().stream().anyMatch(r -> "Alter unbekannt".equals(r.dimensions().get("Alter"))
        && r.state() == ValueState.ZERO));
    assertEquals(56, t.records().stream().filter(r -> r.state() == ValueState.UNKNOWN).count());
    assertEquals("Gestorbene", all.variable());
  }

  @Test
  void projectionStaysInThousands() {
    StatisticsTable t = read("12421-0002_vorausberechnung14_G2L2W1.csv");
    StatisticsRecord first = t.records().get(0);
    assertEquals(Optional.of("1000"), first.unit());
    assertEquals(Optional.of(new BigDecimal("406")), first.value());
    assertEquals(Optional.of(Sex.MALE), first.sex());
    assertEquals(Optional.of(AgeBand.single(0)), first.age());
    assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), first.referenceDate());
    assertEquals("DG", first.regionKey());
    assertEquals("BEV-VARIANTE-01", first.dimensions().get("Spalte 1"));
    assertEquals(306 * 31, t.records().size());
    assertTrue(t.records().stream().anyMatch(r -> r.age().equals(Optional.of(AgeBand.openFrom(100)))));
  }

  @Test
  void ffcsvFertilityRates() {
    StatisticsTable t = read("12612-0008_geburtenziffern_ffcsv.csv");
    assertEquals(1890, t.records().size());
    assertEquals(54, t.records().stream().map(StatisticsRecord::year).distinct().count());
    assertEquals(35, t.records().stream().map(StatisticsRecord::age).distinct().count());
    assertTrue(t.records().stream().allMatch(r -> r.age().get().isSingleYear()
        && r.age().get().from() >= 15 && r.age().get().from() <= 49));
    BigDecimal tfr2021 = t.records().stream().filter(r -> r.year().get() == 2021)
        .map(r -> r.value().get()).reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP);
    assertEquals(new BigDecimal("1.610"), tfr2021);
    StatisticsRecord r = t.records().get(0);
    assertEquals(Optional.of(new BigDecimal("4.9")), r.value());
    assertEquals("Lebendgeborene je 1000 Frauen", r.variable());
    assertEquals("DG", r.regionKey());
  }

  @Test
  void ffcsvBirthsBySex() {
    StatisticsTable t = read("12612-0001_lebendgeborene_ffcsv.csv");
    assertEquals(228, t.records().size());
    Map<Integer, long[]> byYear = new HashMap<>();
    for (StatisticsRecord r : t.records()) {
      byYear.computeIfAbsent(r.year().get(), y -> new long[3])[r.sex().get().ordinal()] += r.value().get().longValueExact();
    }
    assertEquals(76, byYear.size());
    long consistent = byYear.values().stream().filter(v -> v[0] + v[1] == v[2]).count();
    assertEquals(73, consistent);
  }
}
