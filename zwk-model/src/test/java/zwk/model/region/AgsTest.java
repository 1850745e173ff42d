// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class AgsTest {

  @Test
  void koelnHierarchy() {
    Ags koeln = Ags.of("05315000");
    assertEquals(RegionLevel.MUNICIPALITY, koeln.level());
    assertEquals(Ags.of("05315"), koeln.parent().orElseThrow());
    assertEquals(Ags.of("053"), Ags.of("05315").parent().orElseThrow());
    assertEquals(Ags.of("05"), Ags.of("053").parent().orElseThrow());
    assertEquals(Ags.GERMANY, Ags.of("05").parent().orElseThrow());
    assertTrue(Ags.GERMANY.parent().isEmpty());
    assertEquals(FederalState.NORDRHEIN_WESTFALEN, koeln.state().orElseThrow());
  }

  @Test
  void districtWithoutGovernmentRegionHasLandAsParent() {
    // Flensburg 01001: Schleswig-Holstein has no Regierungsbezirk (RB digit 0).
    assertEquals(Ags.of("01"), Ags.of("01001").parent().orElseThrow());
  }

  @Test
  void strictOfRejectsLettersAndBadLengths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ags.of("0531500A"));
    assertTrue(e.getMessage().contains("ags") && e.getMessage().contains("0531500A"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ags.of("5315000"));
    assertThrows(IllegalArgumentException.class, () -> Ags.of("17000000"));
    assertThrows(IllegalArgumentException.class, () -> Ags.of("0531"));
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Ags.of(null));
    assertEquals("ags", npe.getMessage());
  }

  @Test
  void lenientParseRestoresLostZero() {
    assertEquals(Ags.of("05315000"), Ags.parse("5315000"));
    assertEquals(Ags.of("01001"), Ags.parse(" 1001 "));
    assertEquals(Ags.of("01"), Ags.parse("1"));
    assertEquals(Ags.of("11000000"), Ags.parse("11000000"));
    assertFalse(Ags.isValid("1001"));
  }

  @Test
  void formatParseRoundTripForAllMunicipalityKeys() {
    qt().forAll(integers().between(1, 16), integers().between(0, 9), integers().between(0, 99),
            integers().between(0, 999))
        .checkAssert((land, rb, kreis, gem) -> {
          String code = String.format("%02d%01d%02d%03d", land, rb, kreis, gem);
          Ags ags = Ags.of(code);
          assertEquals(code, ags.toString());
          assertEquals(ags, Ags.parse(code));
          if (land < 10) {
            assertEquals(ags, Ags.parse(code.substring(1)));
          }
          assertTrue(ags.isWithin(ags.parent().orElseThrow()));
        });
  }
}
