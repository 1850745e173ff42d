// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import zwk.io.genesis.ClassicLayoutParser.LabelScan;

/** The label kinds of the classic layout's label columns, and the kinds-still-wanted shortcut. */
class LabelScanFlagsTest {
  private static final int ALL = LabelScan.TIME | LabelScan.KEY | LabelScan.AGE | LabelScan.SEX
      | LabelScan.REGION_NAME;

  /** Labels as they stand in real 12411/12613 exports, plus odd ones. */
  private static final List<String> LABELS = List.of("31.12.2019", "2019-12-31", "2019", "01001000", "01", "DG",
      "unter 3 Jahre", "3 bis unter 6 Jahre", "75 Jahre und mehr", "Insgesamt", "männlich", "weiblich",
      "Flensburg, Stadt", "Schleswig-Holstein", "Deutschland", "Alter unbekannt", "", "x", "m\uFFFDnnlich",
      "  31.12.2018 ", "Ausländer", "Bevölkerungsstand");

  @Test
  void kindsOfHandPickedLabels() {
    // expected kinds read off the labels: a date or year is TIME; 1-12 digits or DG are KEY
    // (so a year is both); sexes, Land names and age labels are what they say
    assertEquals(LabelScan.TIME, LabelScan.flags("31.12.2019"));
    assertEquals(LabelScan.TIME, LabelScan.flags("2019-12-31"));
    assertEquals(LabelScan.TIME | LabelScan.KEY, LabelScan.flags("2019"));
    assertEquals(LabelScan.KEY, LabelScan.flags("01001000"));
    assertEquals(LabelScan.KEY, LabelScan.flags("DG"));
    assertEquals(LabelScan.SEX, LabelScan.flags("männlich"));
    assertEquals(LabelScan.SEX, LabelScan.flags("weiblich"));
    assertEquals(LabelScan.REGION_NAME, LabelScan.flags("Schleswig-Holstein"));
    assertEquals(LabelScan.AGE, LabelScan.flags("75 Jahre und mehr"));
    assertEquals(LabelScan.AGE, LabelScan.flags("3 bis unter 6 Jahre"));
    assertEquals(0, LabelScan.flags("Flensburg, Stadt"));
    assertEquals(0, LabelScan.flags("x"));
  }

  @Test
  void onlyTheWantedKindsAreTestedAndTheyAgreeWithAllKinds() {
    Gen<String> labels = Generate.pick(LABELS).mix(
        org.quicktheories.generators.SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 12), 30);
    qt().forAll(labels, integers().between(0, ALL))
        .checkAssert((label, wanted) -> assertEquals(LabelScan.flags(label) & wanted, LabelScan.flags(label, wanted),
            () -> "label '" + label + "', wanted " + wanted));
  }

  @Test
  void aColumnKeepsOnlyTheKindsEveryValueHas() {
    LabelScan scan = new LabelScan(2);
    // column 0: keys, then a name: nothing is left; column 1: dates only
    scan.learn(0, "01001000");
    scan.learn(0, "Flensburg, Stadt");
    scan.learn(0, "2019");
    scan.learn(1, "31.12.2018");
    scan.learn(1, "2019-12-31");
    ClassicLayoutParser.LabelKind[] kinds = scan.kinds();
    assertEquals(ClassicLayoutParser.LabelKind.OTHER, kinds[0]);
    assertEquals(ClassicLayoutParser.LabelKind.TIME, kinds[1]);
  }
}
