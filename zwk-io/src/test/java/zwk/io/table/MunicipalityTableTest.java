// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import zwk.io.TestData;
import zwk.io.csv.CsvExportProfile;
import zwk.io.register.RegisterReader;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.GeoPoint;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityRegister;
import zwk.model.region.MunicipalityType;
import zwk.model.region.RegionalCluster;

class MunicipalityTableTest {

  static byte[] write(List<Municipality> ms, CsvExportProfile p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MunicipalityTable.write(ms, out, p);
    return out.toByteArray();
  }

  static List<Municipality> read(byte[] bytes) {
    return MunicipalityTable.read(new ByteArrayInputStream(bytes), "t.csv", CsvImportOptions.defaults()).rows();
  }

  static List<Municipality> read(byte[] bytes, CsvExportProfile p) {
    return MunicipalityTable.read(new ByteArrayInputStream(bytes), "t.csv", CsvImportOptions.forProfile(p)).rows();
  }

  private static Gen<Optional<Long>> optCount() {
    return longs().between(-1, 100_000_000L).map(l -> l < 0 ? Optional.<Long>empty() : Optional.of(l));
  }

  private static Gen<Municipality> municipalities() {
    Gen<String[]> keys = Generate.pick(List.of(
        new String[] {"01001000", "010010000000"}, new String[] {"05315000", null}, new String[] {null, "010515163"},
        new String[] {"09", "09"}, new String[] {"16077", null}));
    Gen<Optional<MunicipalityType>> types = Generate.pick(List.of(MunicipalityType.values()))
        .mix(Generate.constant(MunicipalityType.TOWN), 10)
        .map(Optional::of);
    Gen<Optional<BigDecimal>> areas = integers().between(-1, 10_000_000)
        .zip(integers().between(0, 3), (v, scale) -> v < 0 ? Optional.<BigDecimal>empty() : Optional.of(BigDecimal.valueOf(v, scale)));
    Gen<Optional<GeoPoint>> points = integers().between(-9_000_000, 9_000_000)
        .zip(integers().between(-18_000_000, 18_000_001), (a, b) -> b > 18_000_000 ? Optional.<GeoPoint>empty()
            : Optional.of(GeoPoint.of(a / 100_000.0, b / 100_000.0)));
    Gen<Optional<String>> clusters = NastyText.nonBlank().map(s -> s.length() % 3 == 0 ? Optional.<String>empty() : Optional.of(s));
    return keys.zip(NastyText.nonBlank(), types, optCount(), optCount(), (k, name, type, pop, male) -> {
      Municipality.Builder b = Municipality.builder().name(name).type(type).population(pop).populationMale(male);
      if (k[0] != null) {
        b.ags(Ags.of(k[0]));
      }
      if (k[1] != null) {
        b.ars(Ars.of(k[1]));
      }
      return b.build();
    }).zip(areas, points, clusters, integers().between(0, 40_000), (m, area, point, cluster, day) -> m
        .withAreaKm2(area)
        .withLocation(point)
        .withCluster(cluster.map(RegionalCluster::of))
        .withPopulationDate(day % 2 == 0 ? Optional.empty() : Optional.of(LocalDate.of(1950, 1, 1).plusDays(day)))
        .withPostcode(day % 3 == 0 ? Optional.empty() : Optional.of(String.format("%05d", day * 2))));
  }

  @Test
  void roundTripThroughEveryProfile() {
    for (CsvExportProfile p : CsvExportProfile.values()) {
      qt().withExamples(300).forAll(lists().of(municipalities()).ofSizeBetween(0, 6))
          .checkAssert(ms -> assertEquals(ms, read(write(ms, p), p)));
    }
  }

  @Test
  void excelProfileBytesAndFormulaGuard() {
    Municipality m = Municipality.builder().ags(Ags.of("01001000")).name("=HYPERLINK(\"x\")").areaKm2(new BigDecimal("56.73"))
        .population(-0L + 91113).build();
    String text = new String(write(List.of(m), CsvExportProfile.EXCEL_DE), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFAGS;ARS;Name;Typ;Einwohner;"));
    // Hand-written expected row: name guarded and quoted (it contains quotes), decimal comma, CRLF.
    assertTrue(text.contains("\r\n01001000;;\"'=HYPERLINK(\"\"x\"\")\";;91113;;;;56,73;;;;\r\n"), text);
    String std = new String(write(List.of(m), CsvExportProfile.STANDARD), StandardCharsets.UTF_8);
    assertTrue(std.startsWith("ags,ars,name,type,population,"));
    assertTrue(std.contains("\n01001000,,\"'=HYPERLINK(\"\"x\"\")\",,91113,,,,56.73,,,,\n"), std);
  }

  @Test
  void handMadeGermanFileInWindows1252WithSpreadsheetDamage() {
    String csv = "Gemeindeschlüssel;Gemeindename;Einwohner;Fläche;PLZ;Unbekannt\r\n"
        + "1001000;Flensburg, Stadt;91113;56,73;24937;x\r\n"
        + "16077001;Altenburg, Stadt;31101;45,69;4600;y\r\n";
    MunicipalityTable.read(new ByteArrayInputStream(csv.getBytes(Charset.forName("windows-1252"))), "h.csv",
        CsvImportOptions.defaults());
    ImportResult<Municipality> r = MunicipalityTable.read(
        new ByteArrayInputStream(csv.getBytes(Charset.forName("windows-1252"))), "h.csv", CsvImportOptions.defaults());
    assertEquals(2, r.rows().size());
    assertEquals(Optional.of(Ags.of("01001000")), r.rows().get(0).ags());
    assertEquals(Optional.of(new BigDecimal("56.73")), r.rows().get(0).areaKm2());
    assertEquals(Optional.of("04600"), r.rows().get(1).postcode());
    assertEquals(1, r.warnings().size());
    Diagnostic w = r.warnings().get(0);
    assertEquals(TableDiagnostic.UNKNOWN_COLUMN, w.code());
    assertEquals(Diagnostic.Severity.WARNING, w.severity());
    assertEquals(Diagnostic.Location.of("h.csv", 1, 6), w.location());
    assertEquals(Map.of("column", 6, "name", "Unbekannt"), w.parameters());
    assertEquals("Spalte 6 \u201eUnbekannt\u201c gehört nicht zur Tabelle und wurde übergangen", w.message(Locale.GERMAN));
    assertEquals("column 6 'Unbekannt' is not part of the table and was ignored", w.message(Locale.ENGLISH));
  }

  @Test
  void rejectedRowsAreReportedWithLineAndReasonInBothModes() {
    String csv = "ags,name,population\n"
        + "01001000,Flensburg,91113\n"
        + "0100100,Kaputt,1\n"
        + "\"05315000\",\"Köln\nmit Zeilenumbruch\",abc\n"
        + "05315000,Köln,1086000\n";
    ImportResult<Municipality> r = MunicipalityTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "r.csv", CsvImportOptions.defaults().withMode(ImportMode.COLLECT_AND_CONTINUE));
    assertEquals(2, r.rows().size());
    assertEquals(2, r.rejections().size());
    RowRejection first = r.rejections().get(0);
    assertEquals(3, first.line());
    assertEquals(1, first.column());
    assertTrue(first.reason().contains("ags: expected an AGS"), first.reason());
    RowRejection second = r.rejections().get(1);
    assertEquals(4, second.line());
    assertEquals(3, second.column());
    assertEquals("population", second.columnName());
    assertTrue(second.reason().contains("'abc'"));
    CsvImportException e = assertThrows(CsvImportException.class, () -> MunicipalityTable.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "r.csv", CsvImportOptions.defaults()));
    assertEquals(r.rejections(), e.rejections());
  }

  @Test
  void registerExportReadsBackEveryMunicipality() {
    MunicipalityRegister reg = RegisterReader.read(TestData.file("gv/31122021_Auszug_GV.csv"));
    byte[] bytes = write(reg.municipalities(), CsvExportProfile.EXCEL_DE);
    List<Municipality> back = read(bytes);
    assertEquals(16_060 - 12, back.size());
    assertEquals(reg.municipalities(), back);
  }
}
