package zwk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void germanDemoShowsBarlebenAndItsFiveStages() {
    CliRun r = CliRun.of("demo");
    assertEquals(0, r.code(), r.toString());
    // GV-ISys 31.12.2021: Barleben 15083040, 9,185 inhabitants (m 4,496, w 4,689)
    assertTrue(r.out().contains("Barleben (AGS 15083040, Sachsen-Anhalt)"), r.out());
    assertTrue(r.out().contains("9.185 (männlich 4.496, weiblich 4.689)"), r.out());
    assertTrue(r.out().matches("(?s).*1 Auftakt\\s+abgeschlossen.*"), r.out());
    assertTrue(r.out().matches("(?s).*5 Zwischenbilanz\\s+in Arbeit.*"), r.out());
  }

  @Test
  void englishDemo() {
    CliRun r = CliRun.of("demo", "--lang", "en");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("9,185 (male 4,496, female 4,689)"), r.out());
    assertTrue(r.out().matches("(?s).*5 interim review\\s+in progress.*"), r.out());
  }
}
