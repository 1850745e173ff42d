// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code zwk demo} on the bundled Barleben document. */
class DemoCommandTest {

  @Test
  void germanDemoShowsBarlebenStagesIndicatorsAndFindings() {
    CliRun r = CliRun.of("demo");
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err());
    String out = r.out();
    // GV-ISys 31.12.2021: Barleben 15083040, 9,185 inhabitants (m 4,496, w 4,689), 29.75 km²
    assertTrue(out.contains("Barleben (AGS 15083040, Sachsen-Anhalt)"), out);
    assertTrue(out.contains("9.185 (männlich 4.496, weiblich 4.689)"), out);
    assertTrue(out.matches("(?s).*1 Auftakt\\s+abgeschlossen.*"), out);
    assertTrue(out.matches("(?s).*5 Zwischenbilanz\\s+in Arbeit.*"), out);
    // 4,496 / 4,689 * 100 = 95.88 -> 95,9 ; 9,185 / 29.75 = 308.74 -> 308,7
    assertTrue(out.matches("(?s).*Sexualproportion \\(Männer je 100 Frauen\\)\\s+95,9\\n.*"), out);
    assertTrue(out.matches("(?s).*Einwohner je km²\\s+308,7\\n.*"), out);
    // progress of the four measures 50, 20, 60, 0 % -> mean 32.5 %
    assertTrue(out.matches("(?s).*Umsetzungsstand Werkstattplan\\s+32,5 %\\n.*"), out);
    // the sample's deliberate gap: the fourth measure has no end date -> an error in stage 4
    assertTrue(out.contains("Prüfbericht Barleben (AGS 15083040), Stichtag 30.06.2024"), out);
    assertTrue(out.matches("(?s).*Stufe 4: Werkstattplan.*FEHLER\\s+\\S+\\s+/plan/measures/3/period.*"), out);
  }

  @Test
  void englishDemo() {
    CliRun r = CliRun.of("demo", "--lang", "en");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("9,185 (male 4,496, female 4,689)"), r.out());
    assertTrue(r.out().matches("(?s).*5 interim review\\s+in progress.*"), r.out());
    assertTrue(r.out().matches("(?s).*Sex ratio \\(males per 100 females\\)\\s+95\\.9\\n.*"), r.out());
  }
}
