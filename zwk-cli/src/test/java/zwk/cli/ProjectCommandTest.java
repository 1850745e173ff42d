// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code zwk project} on the real Länder file 12411-0013 (single years, 31.12.2015–2021). */
class ProjectCommandTest {
  static final String LAENDER = "genesis/12411-0013_laender_altersjahre_2015-2021.csv";
  private static CliRun germany;
  private static CliRun laender;

  @BeforeAll
  static void run() {
    germany = CliRun.of("project", "--population", CliRun.data(LAENDER).toString(), "--level", "germany", "--to", "2030");
    laender = CliRun.of("project", "--population", CliRun.data(LAENDER).toString(), "--level", "land", "--to", "2030");
  }

  private static double sum(CliRun r, String key, String year) {
    double s = 0;
    for (String line : r.out().lines().skip(1).toList()) {
      String[] f = line.split(";", -1);
      if (f[0].equals(key) && f[2].equals(year)) {
        s += Long.parseLong(f[6]);
      }
    }
    return s;
  }

  @Test
  void germanyIsTheLongTableFromTheBaseDate() {
    assertEquals(0, germany.code(), germany.err());
    List<String> lines = germany.out().lines().toList();
    assertEquals("key;name;year;sex;age_from;age_to;value", lines.get(0));
    // 2018 … 2030 (13 years) × 2 sexes × 91 bands (0 … 89, 90+)
    assertEquals(1 + 13 * 2 * 91, lines.size());
    assertTrue(lines.get(1).startsWith("DG;Deutschland;2018;m;0;0;"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("DG;Deutschland;2030;w;90;;")), "open band: empty age_to");
    // the start is the file's population of 31.12.2018: 83,019,213 (data README)
    assertEquals(83_019_213, sum(germany, "DG", "2018"), 0);
    // 12421-0002 (G2L2W1) publishes 83,094 thousand for 31.12.2030; the bundled G2L2W1 stays within 1 %
    assertEquals(83_094_000, sum(germany, "DG", "2030"), 0.01 * 83_094_000);
  }

  @Test
  void everyLandIsProjectedAndTheLaenderAddUpToGermany() {
    assertEquals(0, laender.code(), laender.err());
    Map<String, String> names = new HashMap<>();
    for (String line : laender.out().lines().skip(1).toList()) {
      String[] f = line.split(";", -1);
      names.putIfAbsent(f[0], f[1]);
    }
    assertEquals(16, names.size());
    assertEquals("Bayern", names.get("09"));
    // migration is scaled by each Land's share, so the sum of the Länder is the projection of Germany
    // (every cell rounded: at most 16 · 0.5 per cell, 182 cells)
    double lsum = 0;
    for (String k : names.keySet()) {
      lsum += sum(laender, k, "2030");
    }
    assertEquals(sum(germany, "DG", "2030"), lsum, 16 * 0.5 * 182);
  }

  @Test
  void consistentWithGermanyKeepsTheSum() {
    CliRun r = CliRun.of("project", "--population", CliRun.data(LAENDER).toString(), "--level", "land", "--to", "2021",
        "--consistent-with", "germany", "--assumptions", "G1L1W1");
    assertEquals(0, r.code(), r.err());
    double lsum = 0;
    for (String k : List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16")) {
      lsum += sum(r, k, "2021");
    }
    CliRun de = CliRun.of("project", "--population", CliRun.data(LAENDER).toString(), "--level", "germany", "--to", "2021",
        "--assumptions", "G1L1W1");
    assertEquals(sum(de, "DG", "2021"), lsum, 16 * 0.5 * 182);
  }

  @Test
  void oneRegionAsJson() throws Exception {
    CliRun r = CliRun.of("project", "--population", CliRun.data(LAENDER).toString(), "--key", "09", "--to", "2020",
        "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode n = JsonMapper.builder().build().readTree(r.out());
    assertEquals("G2L2W1", n.get("assumptions").asString());
    assertEquals("2018-12-31", n.get("startDate").asString());
    assertEquals(91, n.get("ages").size());
    assertTrue(n.get("ages").get(90).get("to") == null, "open band without 'to'");
    JsonNode bayern = n.get("regions").get(0);
    assertEquals("09", bayern.get("key").asString());
    assertEquals(3, bayern.get("years").size());
    long total = 0;
    for (JsonNode v : bayern.get("years").get(0).get("m")) {
      total += v.asLong();
    }
    for (JsonNode v : bayern.get("years").get(0).get("w")) {
      total += v.asLong();
    }
    assertEquals(13_076_721, total, "Bayern 31.12.2018 (12411-0013)");
  }

  @Test
  void anUnknownVariantIsAUsageError() {
    CliRun r = CliRun.of("project", "--population", CliRun.data(LAENDER).toString(), "--assumptions", "G4L2W1");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--assumptions: assumptions: expected a bundled variant (G2L2W1"), r.err());
  }

  @Test
  void aKreiseExportIsSummedFromItsKreiseNotFromTheFewMunicipalitiesInIt() {
    // 12411-02-03-5-B holds the Kreise and, inside them, Hannover, Aachen, Saarbrücken and the Berlin districts
    // (8-digit keys, Berlin's all '.'): Germany and the Länder are the sums of the Kreise (the same selection as
    // zwk indicators --level), the start 83,019,213 (data README) up to the rounding of the split single years
    String kreise = CliRun.data("genesis/12411-02-03-5-B_kreise_2018.csv").toString();
    CliRun de = CliRun.of("project", "--population", kreise, "--level", "germany", "--to", "2019");
    assertEquals(0, de.code(), de.err());
    assertEquals(83_019_213, sum(de, "DG", "2018"), 200);
    // every region of the finest level is the default: the Berlin districts are not known, a located input error
    CliRun all = CliRun.of("project", "--population", kreise, "--to", "2019");
    assertEquals(2, all.code(), all.err());
    assertTrue(all.err().contains("is not known in every age band"), all.err());
  }
}
