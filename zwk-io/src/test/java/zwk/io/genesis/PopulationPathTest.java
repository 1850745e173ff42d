// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import zwk.io.TestData;
import zwk.io.csv.CsvFormatException;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;
import zwk.profile.population.UnitPolicy;

/**
 * The direct path file → {@link PopulationTable} ({@link GenesisReader#readPopulation}) against the
 * record path ({@link GenesisReader#read} then {@link PopulationTables#fromStatistics}), the
 * population-measure check, inclusive (Zensus 2022) age bands and located encoding errors.
 */
class PopulationPathTest {
  private static final String ZENSUS = "/genesis/zensus2022-1000A-style_ffcsv.csv";

  /** The same table (every cell and state) and the same names by both paths, on real files. */
  @ParameterizedTest
  @ValueSource(strings = {"12411-0018_kreise_2019.csv", "12411-02-03-5-B_kreise_2018.csv",
      "12411-0013_laender_altersjahre_2015-2021.csv", "12411-0006_deutschland_altersjahre_1970-2021_mojibake.csv",
      "12421-0002_vorausberechnung14_G2L2W1.csv"})
  void directPathGivesTheTableOfTheRecordPath(String name) {
    Path file = TestData.file("genesis/" + name);
    StatisticsImport options = StatisticsImport.defaults().withUnitPolicy(UnitPolicy.SCALE_THOUSANDS);
    StatisticsTable records = GenesisReader.read(file);
    PopulationTable expected = PopulationTables.fromStatistics(records, options);
    GenesisPopulation direct = GenesisReader.readPopulation(file, options);
    PopulationTable actual = direct.table();
    assertEquals(expected.regions(), actual.regions());
    assertEquals(expected.dates(), actual.dates());
    assertEquals(expected.bands(), actual.bands());
    for (int r = 0; r < expected.regions().size(); r++) {
      for (int d = 0; d < expected.dates().size(); d++) {
        for (Sex s : Sex.values()) {
          for (int b = 0; b < expected.bands().size(); b++) {
            assertEquals(expected.state(r, d, s, b), actual.state(r, d, s, b));
            assertEquals(expected.count(r, d, s, b), actual.count(r, d, s, b));
          }
        }
      }
    }
    for (StatisticsRecord rec : records.records()) {
      String key = rec.ags().map(zwk.model.region.Ags::code).orElse(rec.regionKey());
      assertTrue(direct.names().containsKey(key), key);
    }
    assertEquals(records.warnings(), direct.warnings());
    assertEquals(records.tableCode(), direct.tableCode());
  }

  @Test
  void deathsTableIsRefusedNamingTableAndMeasure() {
    Path file = TestData.file("genesis/12613-0004_sterbefaelle_altersjahre.csv");
    StatisticsImport options = StatisticsImport.defaults().withNationality("Insgesamt").withAllowUnknownAge(true);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenesisReader.readPopulation(file, options));
    assertTrue(e.getMessage().contains("12613-0004") && e.getMessage().contains("'Gestorbene'")
        && e.getMessage().contains("withVariable"), e.getMessage());
  }

  @Test
  void aNamedVariableIsReadOnPurpose() {
    // naming the variable passes the measure check; the file's own 2016 total (910902) then fails
    // against its bands (910899), the data README's known inconsistency
    Path file = TestData.file("genesis/12613-0004_sterbefaelle_altersjahre.csv");
    StatisticsImport options = StatisticsImport.defaults().withNationality("Insgesamt").withAllowUnknownAge(true)
        .withVariable("Gestorbene");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenesisReader.readPopulation(file, options));
    assertTrue(e.getMessage().contains("910902") && !e.getMessage().contains("population table"), e.getMessage());
    PopulationTable t = GenesisReader.readPopulation(file, options.withCheckTotals(false)).table();
    // line "2000;unter 1 Jahr;1649;268;1917;1204;241;1445;2853;509;3362": Insgesamt/Insgesamt = 3362
    assertEquals(3362, t.count(t.regionIndex("DG"), t.dateIndex(LocalDate.of(2000, 12, 31)), Sex.TOTAL, 0));
  }

  @Test
  void birthsTableIsRefusedNamingTheMeasure() {
    Path file = TestData.file("genesis/12612-0001_lebendgeborene_ffcsv.csv");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GenesisReader.readPopulation(file, StatisticsImport.defaults()));
    assertTrue(e.getMessage().contains("'Lebendgeborene'"), e.getMessage());
  }

  /**
   * A Zensus-2022-style ffcsv (our file: the ffcsv columns of the GENESIS exports in the shared data,
   * the inclusive age labels of table 1000A-2022 such as {@code 60 bis 69 Jahre}; values made up:
   * 1000 × region + 100 × sex + age group index).
   */
  @Test
  void inclusiveBandsAreHalfOpenBands() {
    StatisticsTable records = GenesisReader.read(resource(ZENSUS), "zensus.csv");
    StatisticsRecord hamburg6069 = records.records().stream()
        .filter(r -> r.regionKey().equals("02") && r.sex().equals(Optional.of(Sex.FEMALE))
            && r.dimensions().isEmpty() && r.value().get().intValue() == 2106)
        .findFirst().orElseThrow(() -> new AssertionError("expected the line Hamburg, weiblich, 60 bis 69 Jahre"));
    assertEquals(Optional.of(AgeBand.of(60, 69)), hamburg6069.age());

    PopulationTable t = GenesisReader.readPopulation(resource(ZENSUS), "zensus.csv", StatisticsImport.defaults()).table();
    assertEquals(List.of(AgeBand.of(0, 9), AgeBand.of(10, 19), AgeBand.of(20, 29), AgeBand.of(30, 39), AgeBand.of(40, 49),
        AgeBand.of(50, 59), AgeBand.of(60, 69), AgeBand.of(70, 79), AgeBand.openFrom(80)), t.bands().bands());
    int hh = t.regionIndex("02");
    assertEquals(2106, t.count(hh, 0, Sex.FEMALE, 6));
    assertEquals(2006 + 2106, t.count(hh, 0, Sex.TOTAL, 6)); // total derived from m + w
    assertEquals(LocalDate.of(2022, 5, 15), t.dates().get(0));
  }

  @Test
  void invalidUtf8IsLocatedAtItsLineAndOneBasedColumn() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    b.write("GENESIS-Tabelle: 12411-0018\r\nTitel\r\nab;".getBytes(StandardCharsets.UTF_8));
    b.write(0xFF); // never valid in UTF-8: line 3, column 4
    b.write("\r\n".getBytes(StandardCharsets.UTF_8));
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> GenesisReader.read(new ByteArrayInputStream(b.toByteArray()), "bad.csv"));
    assertEquals(CsvFormatException.Kind.INVALID_ENCODING, e.kind());
    assertEquals(3, e.line());
    assertEquals(4, e.column());
  }

  @Test
  void aDuplicateCellNamesBothLinesOnBothPaths() {
    String text = "GENESIS-Tabelle: 12411-0018\n"
        + "Bevölkerungsstand (Anzahl)\n"
        + ";;;männlich;männlich;weiblich;weiblich\n"
        + ";;;unter 3 Jahre;3 Jahre und mehr;unter 3 Jahre;3 Jahre und mehr\n"
        + "31.12.2019;01001;Flensburg;1;2;3;4\n" // line 5
        + "31.12.2019;01002;Kiel;5;6;7;8\n"
        + "31.12.2019;01001;Flensburg;1;2;3;4\n"; // line 7: Flensburg again
    String expected = "dup.csv, line 7: duplicate cell 01001 2019-12-31 MALE 0-2 (first at line 5)";
    IllegalArgumentException direct = assertThrows(IllegalArgumentException.class, () -> GenesisReader.readPopulation(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "dup.csv", StatisticsImport.defaults()));
    assertTrue(direct.getMessage().startsWith(expected), direct.getMessage());
    IllegalArgumentException records = assertThrows(IllegalArgumentException.class,
        () -> PopulationTables.fromStatistics(GenesisReader.readText(text, "dup.csv"), StatisticsImport.defaults()));
    assertEquals(records.getMessage(), direct.getMessage());
  }

  private static InputStream resource(String name) {
    return PopulationPathTest.class.getResourceAsStream(name);
  }
}
