// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.TextEncoding;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.StatisticsImport;

/**
 * Hand-made examples of the direct read of classic data lines ({@link DirectRows}): the values are
 * the ones written into the file (totals added by hand), the lines and columns of errors counted
 * by hand, and each example also read with every line as a row, which must agree.
 */
class DirectRowsTest {
  private static final String HEAD = "GENESIS-Tabelle: 12411-0018;;;;;;\r\n"
      + "Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen;;;;;;\r\n"
      + "Bevölkerungsstand (Anzahl);;;;;;\r\n"
      + ";;;männlich;männlich;weiblich;weiblich\r\n"
      + ";;;unter 3 Jahre;3 Jahre und mehr;unter 3 Jahre;3 Jahre und mehr\r\n";
  private static final String FOOT = "__________;;;;;;\r\n© Statistisches Bundesamt (Destatis), 2026;;;;;;\r\n";

  private static GenesisSource source(String data) {
    return GenesisSource.of(new ByteArrayInputStream((HEAD + data + FOOT).getBytes(TextEncoding.WINDOWS_1252)),
        "t.csv");
  }

  @Test
  void plainLinesGoStraightIntoTheTable() {
    String data = "31.12.2019;01001;Flensburg, kreisfreie Stadt;57;39;55;65\r\n" // line 6, as a row
        + "31.12.2019;01002;Kiel, kreisfreie Stadt;10;20;30;40\r\n" // line 7 on: direct
        + "31.12.2018;01001;Flensburg, kreisfreie Stadt;1;2;3;4\r\n"
        + "31.12.2018;1002;Kiel;5;6;7;8\r\n"; // lost leading zero: the same region, the first name stays
    GenesisSource s = source(data);
    GenesisPopulation p = GenesisReader.readPopulation(s, StatisticsImport.defaults());
    PopulationTable t = p.table();
    assertEquals(List.of("01001", "01002"), t.regions());
    assertEquals(List.of(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 12, 31)), t.dates());
    assertEquals(3, s.directLines());
    int fl = t.regionIndex("01001");
    int ki = t.regionIndex("01002");
    assertEquals(57, t.count(fl, 1, Sex.MALE, 0));
    assertEquals(39, t.count(fl, 1, Sex.MALE, 1));
    assertEquals(55, t.count(fl, 1, Sex.FEMALE, 0));
    assertEquals(57 + 55, t.count(fl, 1, Sex.TOTAL, 0));
    assertEquals(39 + 65, t.count(fl, 1, Sex.TOTAL, 1));
    assertEquals(40, t.count(ki, 1, Sex.FEMALE, 1));
    assertEquals(2 + 4, t.count(fl, 0, Sex.TOTAL, 1));
    assertEquals(6 + 8, t.count(ki, 0, Sex.TOTAL, 1));
    assertTrue(t.isComplete());
    assertEquals(Map.of("01001", "Flensburg, kreisfreie Stadt", "01002", "Kiel, kreisfreie Stadt"), p.names());
    assertEquals(Optional.of("12411-0018"), p.tableCode());
    assertSameWithRows(HEAD + data + FOOT);
  }

  @Test
  void symbolsInADirectLineGoThroughTheSinkWithTheirState() {
    String data = "31.12.2019;01001;Flensburg;57;39;55;65\r\n"
        + "31.12.2019;01002;Kiel;-;20;.;40\r\n";
    GenesisSource s = source(data);
    PopulationTable t = GenesisReader.readPopulation(s, StatisticsImport.defaults()).table();
    assertEquals(1, s.directLines());
    int ki = t.regionIndex("01002");
    assertEquals(0, t.count(ki, 0, Sex.MALE, 0)); // "-" is a known zero
    assertTrue(t.isKnown(ki, 0, Sex.MALE, 0));
    assertEquals(Optional.of(ValueState.UNKNOWN), t.state(ki, 0, Sex.FEMALE, 0));
    assertEquals(Optional.of(ValueState.NUMBER), t.state(ki, 0, Sex.FEMALE, 1));
    assertEquals(40, t.count(ki, 0, Sex.FEMALE, 1));
    assertSameWithRows(HEAD + data + FOOT);
  }

  @Test
  void aDuplicateLineIsReportedWithBothLines() {
    String data = "31.12.2019;01001;Flensburg;57;39;55;65\r\n" // line 6
        + "31.12.2019;01002;Kiel;1;2;3;4\r\n" // line 7
        + "31.12.2019;01002;Kiel;1;2;3;4\r\n"; // line 8: the same cells again
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenesisReader.readPopulation(source(data), StatisticsImport.defaults()));
    assertTrue(e.getMessage().startsWith("t.csv, line 8: duplicate cell 01002 2019-12-31 MALE"), e.getMessage());
    assertTrue(e.getMessage().contains("(first at line 7)"), e.getMessage());
    assertSameWithRows(HEAD + data + FOOT);
  }

  @Test
  void aLineWithAFieldTooFewIsARaggedRowAtItsLineAndColumn() {
    String data = "31.12.2019;01001;Flensburg;57;39;55;65\r\n"
        + "31.12.2019;01002;Kiel;1;2;3;4\r\n"
        + "31.12.2019;09162;München;1;2;3\r\n"; // line 8: the fourth value (column 7) is missing
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> GenesisReader.readPopulation(source(data), StatisticsImport.defaults()));
    assertEquals(CsvFormatException.Kind.RAGGED_ROW, e.kind());
    assertEquals(8, e.line());
    assertEquals(7, e.column());
    assertSameWithRows(HEAD + data + FOOT);
  }

  @Test
  void aBadValueInADirectLineIsLocatedAsBefore() {
    String data = "31.12.2019;01001;Flensburg;57;39;55;65\r\n"
        + "31.12.2019;01002;Kiel;1;2;abc;4\r\n"; // line 7, column 6
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> GenesisReader.readPopulation(source(data), StatisticsImport.defaults()));
    assertEquals(CsvFormatException.Kind.BAD_VALUE, e.kind());
    assertEquals(7, e.line());
    assertEquals(6, e.column());
    assertSameWithRows(HEAD + data + FOOT);
  }

  @Test
  void aCountAboveTheIntRangeIsRefusedAtItsLine() {
    String data = "31.12.2019;01001;Flensburg;57;39;55;65\r\n"
        + "31.12.2019;01002;Kiel;1;2;99999999999;4\r\n" // line 7: eleven digits
        + "31.12.2019;09162;München;1;2;2147483647;4\r\n"; // the largest count is fine
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenesisReader.readPopulation(source(data), StatisticsImport.defaults()));
    assertEquals("t.csv, line 7: count: expected 0..2147483647, got 99999999999", e.getMessage());
    assertSameWithRows(HEAD + data + FOOT);
  }

  @Test
  void aQuoteAfterDirectLinesSendsTheFileToTheGeneralPath() {
    String data = "31.12.2019;01001;Flensburg;57;39;55;65\r\n"
        + "31.12.2019;01002;Kiel;1;2;3;4\r\n"
        + "31.12.2019;09162;\"München; Stadt\";1;2;3;4\r\n";
    GenesisSource s = source(data);
    GenesisPopulation p = GenesisReader.readPopulation(s, StatisticsImport.defaults());
    assertTrue(s.isGeneral());
    assertEquals("München; Stadt", p.names().get("09162"));
    assertEquals(4, p.table().count(p.table().regionIndex("09162"), 0, Sex.FEMALE, 1));
    assertSameWithRows(HEAD + data + FOOT);
  }

  @Test
  void aLaterLabelThatChangesAColumnsKindReadsTheFileAgainWithRows() {
    String data = "31.12.2019;01001;Flensburg;57;39;55;65\r\n"
        + "31.12.2019;01002;Kiel;1;2;3;4\r\n" // taken directly with the first row's kinds
        + "Summe;09162;München;1;2;3;4\r\n"; // no date: the first column is no date column after all
    GenesisSource s = source(data);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenesisReader.readPopulation(s, StatisticsImport.defaults()));
    assertEquals(1, s.directLines());
    assertTrue(e.getMessage().startsWith("t.csv, line 6: expected a reference date or year"), e.getMessage());
    assertSameWithRows(HEAD + data + FOOT);
  }

  @Test
  void utf8WithBomAndUmlautsIsTakenDirectly() {
    String text = "\uFEFF" + HEAD + "31.12.2019;09162;München;1;2;3;4\r\n31.12.2019;09564;Nürnberg;5;6;7;8\r\n" + FOOT;
    GenesisSource s = GenesisSource.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
    GenesisPopulation p = GenesisReader.readPopulation(s, StatisticsImport.defaults());
    assertEquals(1, s.directLines());
    assertEquals("Nürnberg", p.names().get("09564"));
    assertEquals(5 + 7, p.table().count(p.table().regionIndex("09564"), 0, Sex.TOTAL, 0));
  }

  private static void assertSameWithRows(String text) {
    byte[] b = text.getBytes(TextEncoding.WINDOWS_1252);
    String direct = FastPathEquivalence.population(b, FastPathEquivalence.Path.DIRECT, null);
    assertEquals(FastPathEquivalence.population(b, FastPathEquivalence.Path.ROWS, null), direct);
    assertEquals(FastPathEquivalence.population(b, FastPathEquivalence.Path.GENERAL, null), direct);
  }
}
