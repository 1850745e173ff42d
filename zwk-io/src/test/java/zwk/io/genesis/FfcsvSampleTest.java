// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import zwk.io.csv.CsvFormatException;
import zwk.model.region.Ags;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.model.statistics.ValueState;

/** Our own ffcsv file with value_q, lost zeros, special values and further variables. */
class FfcsvSampleTest {
  private static StatisticsTable sample() {
    InputStream in = FfcsvSampleTest.class.getResourceAsStream("/genesis/ffcsv-sample.csv");
    return GenesisReader.read(in, "ffcsv-sample.csv");
  }

  @Test
  void readsEveryVariableKind() {
    List<StatisticsRecord> r = sample().records();
    assertEquals(5, r.size());
    StatisticsRecord a = r.get(0);
    assertEquals("01001", a.regionKey());
    assertEquals(Optional.of(Ags.of("01001")), a.ags());
    assertEquals(Optional.of(Sex.FEMALE), a.sex());
    assertEquals(Optional.of(AgeBand.of(0, 2)), a.age());
    assertEquals(Optional.of(LocalDate.of(2021, 12, 31)), a.referenceDate());
    assertEquals(Optional.of(new BigDecimal("1312")), a.value());
    assertEquals(Map.of("value_q", "e"), a.dimensions());
    assertEquals(2, a.line());
    assertEquals(Optional.of(Sex.TOTAL), r.get(1).sex());
    assertEquals(Optional.of(AgeBand.openFrom(75)), r.get(1).age());
    assertEquals(ValueState.UNKNOWN, r.get(2).state());
    assertTrue(r.get(2).value().isEmpty());
    assertEquals(Optional.of(AgeBand.of(3, 5)), r.get(2).age());
    assertEquals(ValueState.ZERO, r.get(3).state());
    assertEquals(Optional.of("Ausländer"), r.get(3).nationality());
    assertEquals(Optional.of(new BigDecimal("1234.5")), r.get(4).value());
    assertEquals("08", r.get(4).regionKey());
    assertEquals(Map.of("Familienstand", "ledig"), r.get(4).dimensions());
    assertEquals(Optional.of("12411"), sample().tableCode());
  }

  @Test
  void raggedAndBadValuesAreLocated() {
    String text = "statistics_code;statistics_label;time_code;time_label;time;value;value_unit;value_variable_code;value_variable_label\n"
        + "1;a;JAHR;Jahr;2020;12;Anzahl;X;Y\n"
        + "1;a;JAHR;Jahr;2020;zwölf;Anzahl;X;Y\n";
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> GenesisReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.csv"));
    assertEquals(CsvFormatException.Kind.BAD_VALUE, e.kind());
    assertEquals(3, e.line());
    assertEquals(6, e.column());
    String ragged = "statistics_code;statistics_label;time_code;time_label;time;value;value_unit;value_variable_code;value_variable_label\n"
        + "1;a;JAHR;Jahr;2020;12;Anzahl;X\n";
    CsvFormatException f = assertThrows(CsvFormatException.class,
        () -> GenesisReader.read(new ByteArrayInputStream(ragged.getBytes(StandardCharsets.UTF_8)), "r.csv"));
    assertEquals(CsvFormatException.Kind.RAGGED_ROW, f.kind());
    assertEquals(2, f.line());
    assertEquals(9, f.column());
  }

  @Test
  void windows1252IsDetectedAndEuroSignRead() {
    byte[] bytes = ("GENESIS-Tabelle: 1\nAusgaben (EUR)\n;;Betrag \u20ac\n2020;Deutschland;5\n")
        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    boolean euroByte = false;
    for (byte b : bytes) {
      euroByte |= b == (byte) 0x80;
    }
    assertTrue(euroByte, "the Windows-1252 euro sign is byte 0x80");
    StatisticsTable t = GenesisReader.read(new ByteArrayInputStream(bytes), "w.csv");
    assertEquals("Betrag \u20ac", t.records().get(0).variable());
    assertEquals(Optional.of("EUR"), t.records().get(0).unit());
    assertEquals("DG", t.records().get(0).regionKey());
    assertTrue(t.warnings().isEmpty());
  }
}
