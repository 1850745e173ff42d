// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code zwk indicators} on the real Kreise file, checked against the second official table
 * 12411-08-01-4-B, which publishes Jugend- and Altenquotient for the same Kreise and date.
 */
class IndicatorsCommandTest {
  static final String HEADER = "key;name;date;population;youth_ratio;old_age_ratio;total_dependency_ratio;"
      + "share_80_plus;mean_age;median_age";

  private static Map<String, String[]> rowsByKey(String csv) {
    Map<String, String[]> m = new HashMap<>();
    csv.lines().skip(1).forEach(l -> m.put(l.split(";", -1)[0], l.split(";", -1)));
    return m;
  }

  /** key → {Jugendquotient, Altenquotient} as published, decimal comma turned into a point. */
  private static Map<String, String[]> officialQuotients() throws IOException {
    Map<String, String[]> m = new HashMap<>();
    List<String> lines = Files.readAllLines(CliRun.data("genesis/12411-08-01-4-B_kreise_2018_quotienten.csv"),
        StandardCharsets.ISO_8859_1);
    for (String l : lines) {
      String[] f = l.split(";", -1);
      if (f.length >= 7 && f[0].equals("31.12.2018") && f[1].length() == 5 && f[3].matches("\\d+,\\d")) {
        m.put(f[1], new String[] {f[3].replace(',', '.'), f[6].replace(',', '.')});
      }
    }
    return m;
  }

  @Test
  void youthAndOldAgeRatiosEqualTheOfficialQuotientsForEveryKreis() throws IOException {
    CliRun r = CliRun.of("indicators", CliRun.data(PopulationCommandTest.KREISE_2018).toString(), "--level", "kreis");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith(HEADER + ";"), r.out().lines().findFirst().orElse(""));
    Map<String, String[]> ours = rowsByKey(r.out());
    Map<String, String[]> official = officialQuotients();
    assertTrue(official.size() >= 400, "official quotients read: " + official.size());
    int compared = 0;
    for (Map.Entry<String, String[]> e : official.entrySet()) {
      String[] row = ours.get(e.getKey());
      assertTrue(row != null, "Kreis " + e.getKey() + " missing");
      assertEquals(e.getValue()[0], row[4], "youth_ratio of " + e.getKey());
      assertEquals(e.getValue()[1], row[5], "old_age_ratio of " + e.getKey());
      compared++;
    }
    assertTrue(compared >= 400, "compared " + compared);
  }

  @Test
  void populationColumnAndHistoricalKreise() {
    CliRun r = CliRun.of("indicators", CliRun.data(PopulationCommandTest.KREISE_2018).toString());
    assertEquals(0, r.code(), r.err());
    Map<String, String[]> rows = rowsByKey(r.out());
    // Flensburg: Insgesamt 89,504 in the file; share 80+ needs an 80 boundary, the file's top band is 75+
    assertEquals("89504", rows.get("01001")[3]);
    assertEquals("2018-12-31", rows.get("01001")[2]);
    assertEquals("", rows.get("01001")[7], "share_80_plus not computable from 75+");
    // Berlin-Mitte is all '.', so nothing is computable and the population is unknown
    assertEquals("", rows.get("11001001")[3]);
    assertEquals("", rows.get("11001001")[4]);
  }

  @Test
  void germanyIsTheSumOfTheKreiseAndPrecisionIsHonoured() {
    CliRun r = CliRun.of("indicators", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--level", "deutschland", "--precision", "2");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    String[] dg = lines.get(1).split(";", -1);
    assertEquals("DG", dg[0]);
    assertEquals("Deutschland", dg[1]);
    assertEquals("83019213", dg[3], "data README: 401 current Kreise sum to 83,019,213");
    assertTrue(dg[4].matches("\\d+\\.\\d{2}"), dg[4]);
  }

  @Test
  void eurostatBoundsByHand() {
    CliRun r = CliRun.of("indicators", CliRun.data(PopulationCommandTest.KREISE_2018).toString(),
        "--bounds", "eurostat", "--level", "kreis");
    assertEquals(0, r.code(), r.err());
    String[] fl = rowsByKey(r.out()).get("01001");
    // Flensburg (file row 01001): under 15 = 2629+2332+3115+3611 = 11687;
    // 15-64 = 2241+2201+8558+8057+5838+4962+4749+5443+6662+6057+5061 = 59829; 65+ = 8525+9463 = 17988
    // youth 11687/59829*100 = 19.53 -> 19.5; old 17988/59829*100 = 30.07 -> 30.1
    assertEquals("19.5", fl[4]);
    assertEquals("30.1", fl[5]);
  }

  @Test
  void excelProfileUsesDecimalComma() {
    CliRun r = CliRun.of("indicators", CliRun.data(PopulationCommandTest.KREISE_2018).toString(), "--level", "kreis",
        "--profile", "excel-de");
    assertEquals(0, r.code(), r.err());
    // official: Flensburg Jugendquotient 29,1, Altenquotient 32,5
    assertTrue(r.out().contains("01001;Flensburg, Kreisfreie Stadt;31.12.2018;89504;29,1;32,5;"), r.out().substring(0, 400));
  }

  @Test
  void badLevelIsAUsageErrorNamingIt() {
    CliRun r = CliRun.of("indicators", CliRun.data(PopulationCommandTest.KREISE_2018).toString(), "--level", "planet");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("planet"), r.err());
  }

  @Test
  void openBandWidthShiftsTheMeanAgeByHalfTheExtraWidthTimesTheOpenBandShare() {
    String kreise = CliRun.data(PopulationCommandTest.KREISE_2018).toString();
    CliRun ten = CliRun.of("indicators", kreise, "--precision", "4");
    CliRun fifteen = CliRun.of("indicators", kreise, "--precision", "4", "--open-band-width", "15");
    assertEquals(0, ten.code(), ten.err());
    assertEquals(0, fifteen.code(), fifteen.err());
    double a = Double.parseDouble(field(ten.out(), "01001", 8));
    double b = Double.parseDouble(field(fifteen.out(), "01001", 8));
    // Flensburg 2018: 75+ = 3850 m + 5613 w = 9463 of 89504; the midpoint of 75+ moves from 80 to 82.5
    assertEquals(2.5 * 9463 / 89504, b - a, 0.0002);
    CliRun bad = CliRun.of("indicators", kreise, "--open-band-width", "0");
    assertEquals(2, bad.code(), bad.toString());
    assertTrue(bad.err().contains("--open-band-width"), bad.err());
  }

  private static String field(String csv, String key, int column) {
    return csv.lines().filter(l -> l.startsWith(key + ";")).findFirst().orElseThrow().split(";", -1)[column];
  }
}
