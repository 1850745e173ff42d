// SPDX-License-Identifier: Apache-2.0
package zwk.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import zwk.model.statistics.AgeBand;

/**
 * Properties of the official keys over all valid keys of every level. Expected strings are built
 * from the digit groups with {@link String#format}, independently of the code under test.
 */
class KeyPropertiesTest {

  /** Digit groups of a key: Land 1..16, RB 0..9, Kreis 0..99, Verband 0..9999, Gemeinde 0..999, level 0..4. */
  private static final class Parts {
    final int land;
    final int rb;
    final int kreis;
    final int verband;
    final int gemeinde;
    final int level;

    Parts(int land, int rb, int kreis, int verband, int gemeinde, int level) {
      this.land = land;
      this.rb = rb;
      this.kreis = kreis;
      this.verband = verband;
      this.gemeinde = gemeinde;
      this.level = level;
    }

    String land() {
      return String.format("%02d", land);
    }

    String rbKey() {
      return land() + rb;
    }

    String kreisKey() {
      return rbKey() + String.format("%02d", kreis);
    }

    String verbandKey() {
      return kreisKey() + String.format("%04d", verband);
    }

    String agsGemeinde() {
      return kreisKey() + String.format("%03d", gemeinde);
    }

    String arsGemeinde() {
      return verbandKey() + String.format("%03d", gemeinde);
    }

    /** AGS of the chosen level: 0 Land, 1 RB, 2 Kreis, 3-4 Gemeinde. */
    String ags() {
      switch (level) {
        case 0:
          return land();
        case 1:
          return rbKey();
        case 2:
          return kreisKey();
        default:
          return agsGemeinde();
      }
    }

    /** ARS of the chosen level: 0 Land, 1 RB, 2 Kreis, 3 Verband, 4 Gemeinde. */
    String ars() {
      switch (level) {
        case 0:
          return land();
        case 1:
          return rbKey();
        case 2:
          return kreisKey();
        case 3:
          return verbandKey();
        default:
          return arsGemeinde();
      }
    }

    @Override
    public String toString() {
      return ags() + " / " + ars();
    }
  }

  private static Gen<Parts> parts() {
    return integers().between(1, 16).zip(integers().between(0, 9), integers().between(0, 99),
        integers().between(0, 9999), (l, r, k, v) -> new int[] {l, r, k, v})
        .zip(integers().between(0, 999), integers().between(0, 4),
            (a, g, lev) -> new Parts(a[0], a[1], a[2], a[3], g, lev));
  }

  @Test
  void agsFormatParseRoundTripOnEveryLevel() {
    qt().forAll(parts()).checkAssert(p -> {
      String code = p.ags();
      Ags ags = Ags.of(code);
      assertEquals(code, ags.toString());
      assertEquals(code, ags.code());
      assertEquals(ags, Ags.parse(code));
      assertEquals(ags, Ags.parse(" " + code + "\t"));
      assertEquals(ags, Ags.of(ags.toString()));
      int expectedLength = new int[] {2, 3, 5, 8, 8}[p.level];
      assertEquals(expectedLength, ags.level().agsLength());
      assertEquals(p.land(), ags.stateCode());
      assertEquals(FederalState.values()[p.land - 1], ags.state().orElseThrow());
      assertTrue(Ags.isValid(code));
    });
  }

  @Test
  void agsLenientParseRestoresTheLostLeadingZero() {
    qt().forAll(parts()).checkAssert(p -> {
      Ags ags = Ags.of(p.ags());
      // Only Land, Kreis and Gemeinde keys are repaired (1, 4, 7 digits); a 2-digit value stays a Land.
      if (p.land < 10 && p.level != 1) {
        String spreadsheet = Integer.toString(Integer.parseInt(p.ags()));
        if (p.level >= 3 && !spreadsheet.startsWith("0")) {
          assertEquals(p.ags().length() - 1, spreadsheet.length(), "7-digit AGS from a spreadsheet");
        }
        if (spreadsheet.length() == p.ags().length() - 1) {
          assertEquals(ags, Ags.parse(spreadsheet), spreadsheet);
        }
      }
    });
    assertEquals(Ags.of("05315000"), Ags.parse("5315000"));
    assertEquals(Ags.of("01001000"), Ags.parse("1001000"));
    assertEquals(Ags.of("09"), Ags.parse("9"));
  }

  @Test
  void arsFormatParseRoundTripWithSpacesAndLostZero() {
    qt().forAll(parts()).checkAssert(p -> {
      String code = p.ars();
      Ars ars = Ars.of(code);
      assertEquals(code, ars.toString());
      assertEquals(ars, Ars.parse(code));
      assertEquals(new int[] {2, 3, 5, 9, 12}[p.level], ars.level().arsLength());
      // Spaces between the official digit groups: "15 0 83 0040 040", also non-breaking ones.
      String spaced = spaced(code);
      assertEquals(ars, Ars.parse(spaced), spaced);
      assertEquals(ars, Ars.parse(spaced.replace(' ', '\u00a0')), spaced);
      if (p.land < 10 && p.level != 1) {
        String lost = code.substring(1);
        assertEquals(ars, Ars.parse(lost), lost);
        assertEquals(ars, Ars.parse(spaced(code).substring(1)), "lost zero and spaces");
      }
      assertEquals(FederalState.values()[p.land - 1], ars.state());
    });
    assertEquals(Ars.of("053150000000"), Ars.parse("53150000000"));
    assertEquals(Ars.of("053150000000"), Ars.parse("05 3 15 0000 000"));
  }

  private static String spaced(String code) {
    int[] groups = {2, 1, 2, 4, 3};
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int g : groups) {
      if (at >= code.length()) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(code, at, at + g);
      at += g;
    }
    return sb.toString();
  }

  @Test
  void arsToAgsIsConsistentWithArsOfAgsAndPart() {
    qt().forAll(parts()).checkAssert(p -> {
      Ags ags = Ags.of(p.agsGemeinde());
      String part = String.format("%04d", p.verband);
      Ars ars = Ars.of(ags, part);
      assertEquals(p.arsGemeinde(), ars.code());
      assertEquals(ags, ars.toAgs());
      assertEquals(Optional.of(part), ars.associationPart());
      assertTrue(ars.hasAgs());
      // Above the Gemeindeverband, ARS and AGS have the same digits.
      Ars kreis = Ars.of(p.kreisKey());
      assertEquals(Ags.of(p.kreisKey()), kreis.toAgs());
      Ars verband = ars.parent().orElseThrow();
      assertEquals(RegionLevel.MUNICIPAL_ASSOCIATION, verband.level());
      assertFalse(verband.hasAgs());
      assertThrows(IllegalStateException.class, verband::toAgs);
    });
  }

  @Test
  void agsParentChainEndsAtGermanyAndKeysLieWithinTheirAncestors() {
    qt().forAll(parts()).checkAssert(p -> {
      Ags ags = Ags.of(p.ags());
      List<Ags> chain = new ArrayList<>();
      for (Optional<Ags> a = Optional.of(ags); a.isPresent(); a = a.get().parent()) {
        chain.add(a.get());
      }
      assertEquals(Ags.GERMANY, chain.get(chain.size() - 1));
      assertEquals(Ags.of(p.land()), chain.get(chain.size() - 2));
      // Expected chain length by hand: Gemeinde 8 -> Kreis 5 -> [RB 3 when RB digit != 0] -> Land 2 -> DG.
      int expected = new int[] {2, 3, 3, 4, 4}[p.level] + ((p.rb != 0 && p.level >= 2) ? 1 : 0);
      assertEquals(expected, chain.size(), chain.toString());
      for (int i = 0; i < chain.size(); i++) {
        for (int j = i; j < chain.size(); j++) {
          assertTrue(chain.get(i).isWithin(chain.get(j)), chain.get(i) + " within " + chain.get(j));
          if (j > i) {
            assertFalse(chain.get(j).isWithin(chain.get(i)), chain.get(j) + " not within " + chain.get(i));
            assertTrue(chain.get(j).level().ordinal() < chain.get(i).level().ordinal(), "coarser upwards");
          }
        }
        assertEquals(Optional.of(chain.get(i)), ags.ancestor(chain.get(i).level()));
      }
    });
  }

  @Test
  void arsParentChainEndsAtTheLand() {
    qt().forAll(parts()).checkAssert(p -> {
      Ars ars = Ars.of(p.ars());
      List<Ars> chain = new ArrayList<>();
      for (Optional<Ars> a = Optional.of(ars); a.isPresent(); a = a.get().parent()) {
        chain.add(a.get());
      }
      Ars last = chain.get(chain.size() - 1);
      assertEquals(Ars.of(p.land()), last);
      assertEquals(RegionLevel.STATE, last.level());
      // Gemeinde 12 -> Verband 9 -> Kreis 5 -> [RB 3] -> Land 2.
      int expected = new int[] {1, 2, 2, 3, 4}[p.level] + ((p.rb != 0 && p.level >= 2) ? 1 : 0);
      assertEquals(expected, chain.size(), chain.toString());
      for (int i = 0; i + 1 < chain.size(); i++) {
        assertTrue(chain.get(i).code().startsWith(chain.get(i + 1).code()), chain.toString());
      }
    });
  }

  @Test
  void hierarchyExamplesByHand() {
    // Barleben: Gemeinde 15083040 in Landkreis Börde 15083, Sachsen-Anhalt has no RB (digit 0).
    assertEquals(Ags.of("15083"), Ags.of("15083040").parent().orElseThrow());
    assertEquals(Ags.of("15"), Ags.of("15083").parent().orElseThrow());
    assertEquals(Ars.of("150830040"), Ars.of("150830040040").parent().orElseThrow());
    assertEquals(Ags.of("15083040"), Ars.parse("15 0 83 0040 040").toAgs());
    assertTrue(Ags.of("15083040").isWithin(Ags.GERMANY));
    assertFalse(Ags.GERMANY.isWithin(Ags.of("15")));
    assertTrue(Ags.GERMANY.isWithin(Ags.GERMANY));
    assertEquals(Optional.empty(), Ags.of("15083").ancestor(RegionLevel.GOVERNMENT_REGION));
    assertEquals(Ags.GERMANY, Ags.of("DG"));
    assertTrue(Ags.GERMANY.state().isEmpty());
    assertEquals(Ags.of("05"), Ags.ofState(FederalState.NORDRHEIN_WESTFALEN));
  }

  @Test
  void keysAreValuesByCanonicalString() throws Exception {
    assertEquals(Ags.of("05315000"), Ags.parse("5315000"));
    assertEquals(Ags.of("05315000").hashCode(), Ags.parse(" 5315000").hashCode());
    assertNotEquals(Ags.of("05315000"), Ags.of("05315001"));
    assertNotEquals(Ags.of("05315"), Ars.of("05315"), "an AGS is not an ARS");
    assertEquals(Ars.of("053150000000"), Ars.parse("05 3 15 0000 000"));
    assertEquals(Ars.of("053150000000").hashCode(), Ars.parse("53150000000").hashCode());
    assertNotEquals(Ars.of("053150000000"), Ars.of("053150001000"));
    assertTrue(Ags.of("01").compareTo(Ags.of("01001")) < 0);
    assertEquals("ags", assertThrows(NullPointerException.class, () -> Ags.parse(null)).getMessage());
    assertEquals("ars", assertThrows(NullPointerException.class, () -> Ars.of(null)).getMessage());
    assertEquals("ars", assertThrows(NullPointerException.class, () -> Ars.parse(null)).getMessage());
    // Serializable: a key survives a round trip as an equal value.
    assertEquals(Ags.of("15083040"), roundTrip(Ags.of("15083040")));
    assertEquals(Ars.of("150830040040"), roundTrip(Ars.of("150830040040")));
    assertEquals(AgeBand.openFrom(90), roundTrip(AgeBand.openFrom(90)));
  }

  @Test
  void ageBandsAreValues() {
    assertEquals(AgeBand.of(20, 64), AgeBand.of(20, 64));
    assertEquals(AgeBand.of(20, 64).hashCode(), AgeBand.of(20, 64).hashCode());
    assertNotEquals(AgeBand.of(20, 64), AgeBand.of(20, 65));
    assertNotEquals(AgeBand.of(21, 64), AgeBand.of(20, 64));
    assertNotEquals(AgeBand.of(90, 90), AgeBand.openFrom(90));
    assertEquals(AgeBand.single(5), AgeBand.of(5, 5));
    assertEquals("20-64", AgeBand.of(20, 64).toString());
    assertEquals("90+", AgeBand.openFrom(90).toString());
    assertEquals("5", AgeBand.single(5).toString());
    assertTrue(AgeBand.openFrom(90).contains(120) && !AgeBand.openFrom(90).contains(89));
    assertTrue(AgeBand.of(20, 64).contains(20) && AgeBand.of(20, 64).contains(64) && !AgeBand.of(20, 64).contains(65));
    assertTrue(AgeBand.of(0, 19).compareTo(AgeBand.of(20, 64)) < 0);
    assertTrue(AgeBand.of(90, 99).compareTo(AgeBand.openFrom(90)) < 0);
    qt().forAll(integers().between(0, 120), integers().between(0, 120)).checkAssert((a, b) -> {
      int from = Math.min(a, b);
      int to = Math.max(a, b);
      AgeBand band = AgeBand.of(from, to);
      assertEquals(band, AgeBand.of(from, to));
      assertEquals(from, band.from());
      assertEquals(to, band.to().orElseThrow());
      assertEquals(from == to, band.isSingleYear());
      assertFalse(band.isOpen());
    });
  }

  private static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
