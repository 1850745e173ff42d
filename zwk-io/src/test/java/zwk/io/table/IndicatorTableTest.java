// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import zwk.io.csv.CsvExportProfile;

class IndicatorTableTest {
  static byte[] write(IndicatorTable t, CsvExportProfile p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out, p);
    return out.toByteArray();
  }

  static IndicatorTable read(byte[] b) {
    return IndicatorTable.read(new ByteArrayInputStream(b), "i.csv", CsvImportOptions.defaults());
  }

  static IndicatorTable read(byte[] b, CsvExportProfile p) {
    return IndicatorTable.read(new ByteArrayInputStream(b), "i.csv", CsvImportOptions.forProfile(p));
  }

  private static Gen<IndicatorTable> tables() {
    Gen<List<String>> ids = lists().of(NastyText.nonEmpty()).ofSizeBetween(1, 4);
    Gen<Optional<BigDecimal>> values = integers().between(-2_000_000, 2_000_000)
        .zip(integers().between(0, 4), (v, s) -> v % 7 == 0 ? Optional.<BigDecimal>empty() : Optional.of(BigDecimal.valueOf(v, s)));
    Gen<List<Optional<BigDecimal>>> valueLists = lists().of(values).ofSize(4);
    Gen<IndicatorRowSeed> seeds = NastyText.nonEmpty().zip(NastyText.nonEmpty(), valueLists, integers().between(0, 30000),
        IndicatorRowSeed::new);
    return ids.zip(lists().of(seeds).ofSizeBetween(0, 5), (rawIds, rowSeeds) -> {
      List<String> idList = new ArrayList<>();
      for (int i = 0; i < rawIds.size(); i++) {
        idList.add(rawIds.get(i) + "#" + i);
      }
      List<IndicatorRow> rows = new ArrayList<>();
      for (IndicatorRowSeed s : rowSeeds) {
        Map<String, Optional<BigDecimal>> v = new LinkedHashMap<>();
        for (int i = 0; i < idList.size(); i++) {
          v.put(idList.get(i), s.values.get(i));
        }
        rows.add(new IndicatorRow(s.key, s.day % 5 == 0 ? "" : s.name,
            s.day % 2 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2000, 1, 1).plusDays(s.day)), v));
      }
      return new IndicatorTable(idList, rows);
    });
  }

  private static final class IndicatorRowSeed {
    final String key;
    final String name;
    final List<Optional<BigDecimal>> values;
    final int day;

    IndicatorRowSeed(String key, String name, List<Optional<BigDecimal>> values, int day) {
      this.key = key;
      this.name = name;
      this.values = values;
      this.day = day;
    }
  }

  @Test
  void roundTripThroughEveryProfile() {
    for (CsvExportProfile p : CsvExportProfile.values()) {
      qt().withExamples(300).forAll(tables()).checkAssert(t -> assertEquals(t, read(write(t, p), p)));
    }
  }

  @Test
  void writesTheDocumentedShape() {
    Map<String, Optional<BigDecimal>> v = new LinkedHashMap<>();
    v.put("jugendquotient", Optional.of(new BigDecimal("29.1")));
    v.put("altenquotient", Optional.empty());
    IndicatorTable t = new IndicatorTable(List.of("jugendquotient", "altenquotient"),
        List.of(new IndicatorRow("01001", "Flensburg, Stadt", Optional.of(LocalDate.of(2018, 12, 31)), v)));
    assertEquals("\uFEFFSchlüssel;Name;Stichtag;jugendquotient;altenquotient\r\n01001;Flensburg, Stadt;31.12.2018;29,1;\r\n",
        new String(write(t, CsvExportProfile.EXCEL_DE), StandardCharsets.UTF_8));
    assertEquals("region_key,region_name,date,jugendquotient,altenquotient\n01001,\"Flensburg, Stadt\",2018-12-31,29.1,\n",
        new String(write(t, CsvExportProfile.STANDARD), StandardCharsets.UTF_8));
  }

  @Test
  void headerFieldsWithEitherSeparatorAreQuotedSoTheSeparatorCanBeDetected() {
    Map<String, Optional<BigDecimal>> v = new LinkedHashMap<>();
    v.put(";;;;x", Optional.of(BigDecimal.ONE));
    IndicatorTable t = new IndicatorTable(List.of(";;;;x"), List.of(new IndicatorRow("k;1", "", Optional.empty(), v)));
    assertEquals("region_key,region_name,date,\";;;;x\"\nk;1,,,1\n",
        new String(write(t, CsvExportProfile.STANDARD), StandardCharsets.UTF_8));
    assertEquals(t, read(write(t, CsvExportProfile.STANDARD)));
  }

  @Test
  void badNumberIsRejectedWithLineAndColumn() {
    String csv = "region_key;jugendquotient\n01001;29,1\n01002;29.1\n";
    IndicatorTable.Result r = IndicatorTable.readResult(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "i.csv", CsvImportOptions.defaults().withMode(ImportMode.COLLECT_AND_CONTINUE));
    assertEquals(1, r.table().rows().size());
    assertEquals(3, r.report().rejections().get(0).line());
    assertEquals(2, r.report().rejections().get(0).column());
    assertTrue(r.report().rejections().get(0).reason().contains("decimal comma"));
    assertThrows(CsvImportException.class, () -> IndicatorTable.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "i.csv", CsvImportOptions.defaults()));
  }
}
