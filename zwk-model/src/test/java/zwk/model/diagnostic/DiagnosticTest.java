// SPDX-License-Identifier: Apache-2.0
package zwk.model.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  /** A code the way a module declares one: its own bundle, German base and English. */
  enum TestCode implements DiagnosticCode {
    SKIPPED;

    @Override
    public Diagnostic.Severity severity() {
      return Diagnostic.Severity.WARNING;
    }

    @Override
    public String template(Locale locale) {
      // the shared helper every module's enum uses (TableDiagnostic, TotalsDiagnostic, GenesisDiagnostic)
      return DiagnosticCode.fromBundle(this, locale, l -> ResourceBundle.getBundle("zwk.model.diagnostic.testcodes", l));
    }
  }

  @Test
  void rendersGermanByDefaultAndEnglishOnRequest() {
    Diagnostic d = Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.of("m.csv", 1, 4), "column", 4, "name", "Farbe");
    assertEquals("Spalte 4 „Farbe“ wurde übergangen", d.message(Locale.GERMAN));
    assertEquals("Spalte 4 „Farbe“ wurde übergangen", d.message(null));
    // French has no bundle: German (the base), not the JVM default (English in the build)
    assertEquals("Spalte 4 „Farbe“ wurde übergangen", d.message(Locale.FRENCH));
    assertEquals("column 4 'Farbe' was skipped", d.message(Locale.UK));
    assertEquals("m.csv:1:4: WARNING SKIPPED: Spalte 4 „Farbe“ wurde übergangen", d.toString());
    assertEquals(Diagnostic.Severity.WARNING, d.severity());
    assertEquals(List.of("column", "name"), List.copyOf(d.parameters().keySet()));
  }

  @Test
  void userTextIsInsertedVerbatimAndNeverEvaluated() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(s -> {
      Diagnostic d = Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.none(), "column", 1, "name", s);
      assertEquals("column 1 '" + s + "' was skipped", d.message(Locale.ENGLISH));
    });
    Diagnostic d = Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.none(), "column", "{name}", "name", "${1+1}");
    assertEquals("column {name} '${1+1}' was skipped", d.message(Locale.ENGLISH));
  }

  @Test
  void locationText() {
    assertEquals("", Diagnostic.Location.none().toString());
    assertEquals("a.json:3:7: at '/plan/measures/0'", Diagnostic.Location.ofPointer("a.json", 3, 7, "/plan/measures/0").toString());
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.Location.of("a", -1, 0));
  }

  @Test
  void equalityByCodeLocationAndParameters() {
    Diagnostic a = Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.of("m.csv", 1, 4), "column", 4, "name", "x");
    Diagnostic b = Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.of("m.csv", 1, 4), "column", 4, "name", "x");
    Diagnostic c = Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.of("m.csv", 2, 4), "column", 4, "name", "x");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
  }

  @Test
  void malformedParametersAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.none(), "column"));
    assertThrows(IllegalArgumentException.class, () -> Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.none(), 1, 2));
    assertThrows(NullPointerException.class, () -> Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.none(), "name", null));
    assertTrue(Diagnostic.of(TestCode.SKIPPED, Diagnostic.Location.none()).parameters().isEmpty());
  }
}
