// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.io.TestData;
import zwk.io.register.RegisterReader;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.MunicipalityRegister;

/** The Body key crosswalk, on the specification's example Body and the real GV-ISys register. */
class BodyKeysTest {

  static OParlBody body(String ags, String rgs) {
    return new OParlBody("https://x.example/body/1", "https://schema.oparl.org/1.1/Body", Optional.of("B"),
        Optional.empty(), Optional.ofNullable(ags), Optional.ofNullable(rgs), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  @Test
  void exampleBodyMatchesKoelnInTheRegister() throws IOException {
    MunicipalityRegister register = RegisterReader.read(TestData.file("gv/31122021_Auszug_GV.csv"));
    OParlBody koeln = (OParlBody) OParlObjectsTest.example("1.1", "Body");
    BodyKeys k = BodyKeys.of(koeln, Optional.of(register));
    assertEquals(Optional.of(Ags.of("05315000")), k.ags());
    assertEquals(Optional.of(Ars.of("053150000000")), k.ars());
    assertEquals(java.util.List.of(), k.problems());
    // Auszug_GV line 2906: "60;61;5;3;15;0;0;Köln, Stadt;405,01;1 073 096;…"
    assertEquals("Köln, Stadt", k.match().get().name());
    assertEquals(Optional.of(1_073_096L), k.match().get().population());
  }

  @Test
  void lenientKeysAsRealSystemsWriteThem() {
    assertEquals(Optional.of(Ags.of("05315000")), BodyKeys.of(body("5315000", null), Optional.empty()).ags());
    assertEquals(Optional.of(Ags.of("05315000")), BodyKeys.of(body(" 05 315 000 ", null), Optional.empty()).ags());
    assertEquals(Optional.of(Ars.of("053150000000")), BodyKeys.of(body(null, "05315 0000 000"), Optional.empty()).ars());
    assertEquals(Optional.of(Ars.of("053150000000")), BodyKeys.of(body(null, "53150000000"), Optional.empty()).ars());
    BodyKeys blank = BodyKeys.of(body("", " "), Optional.empty());
    assertEquals(Optional.empty(), blank.ags());
    assertTrue(blank.problems().isEmpty());
    // AGS derived from the ARS when only the ARS is given
    assertEquals(Optional.of(Ags.of("05315000")), BodyKeys.of(body(null, "053150000000"), Optional.empty()).ags());
  }

  @Test
  void mismatchAndInvalidKeysAreReported() {
    BodyKeys mismatch = BodyKeys.of(body("05315000", "051110000000"), Optional.empty()); // Köln vs Düsseldorf
    assertTrue(mismatch.mismatch());
    assertEquals("mismatch: ags 05315000 and rgs 051110000000 (AGS 05111000) name different municipalities",
        mismatch.problems().get(0));
    BodyKeys bad = BodyKeys.of(body("Köln", null), Optional.empty());
    assertFalse(bad.mismatch());
    assertTrue(bad.problems().get(0).startsWith("ags 'Köln' is not an AGS"), bad.problems().get(0));
  }

  @Test
  void keyNotInTheRegister() throws IOException {
    MunicipalityRegister register = RegisterReader.read(TestData.file("gv/31122021_Auszug_GV.csv"));
    BodyKeys k = BodyKeys.of(body("05315999", null), Optional.of(register));
    assertEquals(Optional.empty(), k.match());
    assertTrue(k.problems().get(0).startsWith("not in the register"), k.problems().get(0));
  }
}
