// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zwk population} on the real Kreise file 12411-02-03-5-B (31.12.2018). */
class PopulationCommandTest {
  static final String KREISE_2018 = "genesis/12411-02-03-5-B_kreise_2018.csv";

  @Test
  void longTableWithTheContractHeaderAndTheFilesCells() {
    CliRun r = CliRun.of("population", CliRun.data(KREISE_2018).toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("key;name;date;sex;age_from;age_to;value;state", lines.get(0));
    // the file's first data row: Flensburg, unter 3 Jahre: total 2629, male 1345, female 1284; 75+: m 3850, w 5613
    assertTrue(lines.contains("01001;Flensburg, Kreisfreie Stadt;2018-12-31;m;0;2;1345;number"), lines.get(1));
    assertTrue(lines.contains("01001;Flensburg, Kreisfreie Stadt;2018-12-31;w;0;2;1284;number"));
    assertTrue(lines.contains("01001;Flensburg, Kreisfreie Stadt;2018-12-31;total;0;2;2629;number"));
    assertTrue(lines.contains("01001;Flensburg, Kreisfreie Stadt;2018-12-31;m;75;;3850;number"), "open band: empty age_to");
    assertTrue(lines.contains("01001;Flensburg, Kreisfreie Stadt;2018-12-31;w;75;;5613;number"));
    // Berlin districts are '.' in the file: no value, state unknown (never 0)
    assertTrue(lines.contains("11001001;Berlin-Mitte;2018-12-31;total;0;2;;unknown"), "Berlin-Mitte");
  }

  @Test
  void currentKreiseAddUpToThePublishedTotal() {
    CliRun r = CliRun.of("population", CliRun.data(KREISE_2018).toString());
    assertEquals(0, r.code(), r.err());
    long sum = 0;
    long male = 0;
    for (String line : r.out().lines().skip(1).toList()) {
      String[] f = line.split(";", -1);
      if (f[0].length() == 5 && f[7].equals("number")) {
        long v = Long.parseLong(f[6]);
        if (f[3].equals("total")) {
          sum += v;
        } else if (f[3].equals("m")) {
          male += v;
        }
      }
    }
    // data README: 401 current Kreise sum to 83,019,213 (m 40,966,691); the 73 historical Kreise are '-' = zero
    assertEquals(83_019_213L, sum);
    assertEquals(40_966_691L, male);
  }

  @Test
  void excelProfileWritesBomCrlfGermanDates(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("pop.csv");
    CliRun r = CliRun.of("population", CliRun.data(KREISE_2018).toString(), "--profile", "excel-de",
        "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out(), "results go to --out");
    byte[] bytes = Files.readAllBytes(out);
    assertEquals((byte) 0xEF, bytes[0]);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertTrue(text.startsWith("key;name;date;sex;age_from;age_to;value;state\r\n"), text.substring(0, 60));
    assertTrue(text.contains("01001;Flensburg, Kreisfreie Stadt;31.12.2018;m;0;2;1345;number\r\n"));
  }

  @Test
  void malformedFileIsExit2WithFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "hello;world\n1;2\n");
    CliRun r = CliRun.of("population", bad.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().matches("(?s).*zwk: .*bad\\.csv:\\d+:\\d+: .*expected.*"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void missingFileIsExit2NamingIt() {
    CliRun r = CliRun.of("population", "no-such-file.csv");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("no-such-file.csv"), r.err());
  }

  @Test
  void aThreadCountBelowOneIsAUsageErrorNamingTheOption() {
    String kreise = CliRun.data("genesis/12411-0018_kreise_2019.csv").toString();
    for (String n : new String[] {"0", "-3"}) {
      CliRun r = CliRun.of("population", kreise, "--threads", n);
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains("--threads") && r.err().contains(n), r.err());
      assertEquals("", r.out(), "no rows after a usage error");
    }
  }

  @Test
  void countsInThousandsAreRefusedUnlessScaled() {
    String projection = CliRun.data("genesis/12421-0002_vorausberechnung14_G2L2W1.csv").toString();
    CliRun refused = CliRun.of("population", projection);
    assertEquals(2, refused.code(), refused.toString());
    assertTrue(refused.err().contains("--scale-thousands") && refused.err().contains("line"), refused.err());
    CliRun scaled = CliRun.of("population", projection, "--scale-thousands");
    assertEquals(0, scaled.code(), scaled.err());
    // values in thousands with one decimal (e.g. 393.9) become whole persons ending in 00
    assertTrue(scaled.out().lines().skip(1).map(l -> l.split(";", -1)[6])
        .allMatch(v -> v.isEmpty() || v.equals("0") || v.endsWith("00")), "thousands scaled to persons");
  }

  @Test
  void severalNationalitiesNeedAChoiceAndTheChoiceIsApplied() {
    String deaths = CliRun.data("genesis/12613-0004_sterbefaelle_altersjahre.csv").toString();
    // the deaths table read on purpose (--variable): its three nationalities need a choice
    CliRun none = CliRun.of("population", deaths, "--variable", "Gestorbene");
    assertEquals(2, none.code(), none.toString());
    assertTrue(none.err().contains("--nationality"), none.err());
    // with one nationality chosen the next obstacle of this file shows: deaths of unknown age
    CliRun one = CliRun.of("population", deaths, "--variable", "Gestorbene", "--nationality", "Insgesamt");
    assertEquals(2, one.code(), one.toString());
    assertTrue(one.err().contains("--allow-unknown-age") && one.err().contains("line"), one.err());
  }

  @Test
  void aTableOfAnotherMeasureIsRefusedNamingTableAndMeasure() {
    String deaths = CliRun.data("genesis/12613-0004_sterbefaelle_altersjahre.csv").toString();
    for (String command : new String[] {"population", "indicators"}) {
      CliRun r = CliRun.of(command, deaths, "--nationality", "Insgesamt", "--allow-unknown-age");
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains("12613-0004") && r.err().contains("'Gestorbene'") && r.err().contains("--variable"),
          r.err());
      assertEquals("", r.out());
    }
  }
}
