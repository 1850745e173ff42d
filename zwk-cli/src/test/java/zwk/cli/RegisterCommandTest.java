// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code zwk register} on both real register files, against the data README's check figures. */
class RegisterCommandTest {
  static final String GV_CSV = "gv/31122021_Auszug_GV.csv";
  static final String GV_ASC = "gv/GV100AD_301121.ASC";

  @Test
  void csvExtractCountsAndPopulation() {
    CliRun r = CliRun.of("register", CliRun.data(GV_CSV).toString());
    assertEquals(0, r.code(), r.err());
    // README: 16,060 records: Land 16, RB 29, Region 12, Kreis 400, Gemeindeverband 4,606, Gemeinde 10,997
    assertTrue(r.out().matches("(?s).*10 Land\\s+16\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*20 Regierungsbezirk\\s+29\\n.*"));
    assertTrue(r.out().matches("(?s).*30 Region\\s+12\\n.*"));
    assertTrue(r.out().matches("(?s).*40 Kreis\\s+400\\n.*"));
    assertTrue(r.out().matches("(?s).*50 Gemeindeverband\\s+4\\.606\\n.*"));
    assertTrue(r.out().matches("(?s).*60 Gemeinde\\s+10\\.997\\n.*"));
    assertTrue(r.out().matches("(?s).*insgesamt\\s+16\\.060\\n.*"));
    // README: sum over Satzart 60 = 83,237,124 (male 41,066,785, female 42,170,339)
    assertTrue(r.out().contains("83.237.124 (männlich 41.066.785, weiblich 42.170.339)"), r.out());
    // README: 210 unincorporated areas (Textkennzeichen 65/66) among the 10,997
    assertTrue(r.out().matches("(?s).*65 Gemeindefreies Gebiet, bewohnt\\s+2\\n.*"));
    assertTrue(r.out().matches("(?s).*66 Gemeindefreies Gebiet, unbewohnt\\s+208\\n.*"));
  }

  @Test
  void fixedWidthFileInEnglish() {
    CliRun r = CliRun.of("register", CliRun.data(GV_ASC).toString(), "--lang", "en");
    assertEquals(0, r.code(), r.err());
    // README: 10,997 of Satzart 60; population 83,155,031 (male 41,026,519); no female column in GV100AD
    assertTrue(r.out().matches("(?s).*60 municipality\\s+10,997\\n.*"), r.out());
    assertTrue(r.out().contains("83,155,031 (male 41,026,519, female –)"), r.out());
  }

  @Test
  void csvFormatWritesEveryLocalAuthority() {
    CliRun r = CliRun.of("register", CliRun.data(GV_ASC).toString(), "--format", "csv");
    assertEquals(0, r.code(), r.err());
    var lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("ags,ars,name,type,population"), lines.get(0));
    // every record but the 12 Regions (Satzart 30) is a local authority: 16,060 - 12 = 16,048
    assertEquals(16_048, lines.size() - 1);
    // GV100AD line of Flensburg: area 5673 ha = 56.73 km², population 89934, male 44797, PLZ 24937
    assertTrue(lines.contains("01001000,010010000000,\"Flensburg, Stadt\",DISTRICT_FREE_CITY_MUNICIPALITY,89934,44797,,"
        + "2020-12-31,56.73,24937,,,"), lines.get(4));
  }

  @Test
  void jsonFormatIsAnArrayOfMunicipalities() {
    CliRun r = CliRun.of("register", CliRun.data(GV_CSV).toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode array = JsonMapper.builder().build().readTree(r.out());
    assertEquals(16_048, array.size());
    long sum = 0;
    for (JsonNode n : array) {
      if (n.path("ars").asString().length() == 12 && n.has("population")) {
        sum += n.get("population").asLong();
      }
    }
    assertEquals(83_237_124L, sum, "README: population over Satzart 60");
  }
}
