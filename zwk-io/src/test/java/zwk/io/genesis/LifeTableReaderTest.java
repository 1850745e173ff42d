// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import zwk.io.TestData;
import zwk.io.csv.CsvFormatException;
import zwk.model.region.Ags;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.model.statistics.ValueState;

/** The converted period life table {@code sterbetafel_2018-2020_deutschland.csv}, read through {@link GenesisReader}. */
class LifeTableReaderTest {
  private static final String FILE = "sterbetafel_2018-2020_deutschland.csv";
  private static final List<String> COLUMNS = List.of("qx", "px", "lx", "dx", "Lx", "Tx", "ex");

  private static StatisticsTable realTable() {
    return GenesisReader.read(TestData.file("genesis/" + FILE));
  }

  private static StatisticsRecord cell(StatisticsTable t, Sex sex, int age, String variable) {
    List<StatisticsRecord> hits = t.records().stream()
        .filter(r -> r.sex().equals(Optional.of(sex)) && r.age().equals(Optional.of(AgeBand.single(age)))
            && r.variable().equals(variable))
        .collect(Collectors.toList());
    assertEquals(1, hits.size(), sex + " " + age + " " + variable);
    return hits.get(0);
  }

  private static StatisticsTable readText(String text) {
    return GenesisReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "sterbetafel-test.csv");
  }

  @Test
  void everySexAgeAndColumnOnceAsANumber() {
    StatisticsTable t = realTable();
    // 2 sexes x 101 ages (0..100) x 7 value columns (qx px lx dx Lx Tx ex).
    assertEquals(2 * 101 * 7, t.records().size());
    assertTrue(t.warnings().isEmpty(), t.warnings().toString());
    assertEquals(Optional.empty(), t.tableCode());
    for (StatisticsRecord r : t.records()) {
      assertEquals("DG", r.regionKey());
      assertEquals(Optional.of(Ags.GERMANY), r.ags());
      assertEquals("2018/2020", r.time());
      assertEquals(ValueState.NUMBER, r.state());
      assertTrue(COLUMNS.contains(r.variable()), r.variable());
      assertTrue(r.age().get().isSingleYear(), "the file marks no open last age: " + r.age());
    }
    for (Sex sex : List.of(Sex.MALE, Sex.FEMALE)) {
      for (String column : COLUMNS) {
        Set<Integer> ages = t.records().stream().filter(r -> r.sex().get() == sex && r.variable().equals(column))
            .map(r -> r.age().get().from()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(101, ages.size(), sex + " " + column);
        assertEquals(0, ((TreeSet<Integer>) ages).first());
        assertEquals(100, ((TreeSet<Integer>) ages).last());
      }
    }
  }

  /** Cells copied by hand from the file (lines 2, 67, 102, 106 and 203). */
  @Test
  void cellsAsWrittenInTheFile() {
    StatisticsTable t = realTable();
    StatisticsRecord q0 = cell(t, Sex.MALE, 0, "qx");
    assertEquals(new BigDecimal("0.0033859768863813713"), q0.value().get());
    assertEquals(2, q0.line());
    assertEquals(new BigDecimal("100000"), cell(t, Sex.MALE, 0, "lx").value().get());
    assertEquals(new BigDecimal("78.63504061105242"), cell(t, Sex.MALE, 0, "ex").value().get());
    assertEquals(new BigDecimal("17.919653061422032"), cell(t, Sex.MALE, 65, "ex").value().get());
    assertEquals(67, cell(t, Sex.MALE, 65, "ex").line());
    // Lx and lx are different columns
    assertEquals(new BigDecimal("547.3769867052247"), cell(t, Sex.MALE, 100, "Lx").value().get());
    assertEquals(new BigDecimal("685.55873029758"), cell(t, Sex.MALE, 100, "lx").value().get());
    // written in scientific notation in the file; kept exactly, digits and scale
    StatisticsRecord w3 = cell(t, Sex.FEMALE, 3, "qx");
    assertEquals(new BigDecimal("0.00009970029225190015"), w3.value().get());
    assertEquals(20, w3.value().get().scale());
    assertEquals(106, w3.line());
    assertEquals(new BigDecimal("83.40124254492726"), cell(t, Sex.FEMALE, 0, "ex").value().get());
    assertEquals(new BigDecimal("3961.796286392399"), cell(t, Sex.FEMALE, 100, "Tx").value().get());
    assertEquals(203, cell(t, Sex.FEMALE, 100, "Tx").line());
  }

  @Test
  void smallTableWithOpenLastAgeSpecialValueAndDecimalComma() {
    StatisticsTable t = readText("geschlecht;alter;qx;ex\nm;0;0.5;1,25\nm;1+;1;-\n\nw;0;.;2e1\n");
    assertEquals(6, t.records().size());
    assertEquals("", t.records().get(0).time(), "no period in the source name");
    StatisticsRecord open = t.records().get(2);
    assertEquals(Optional.of(AgeBand.openFrom(1)), open.age());
    assertEquals(3, open.line());
    assertEquals(new BigDecimal("1.25"), t.records().get(1).value().get());
    assertEquals(ValueState.ZERO, t.records().get(3).state());
    StatisticsRecord unknown = t.records().get(4);
    assertEquals(Map.of(), unknown.dimensions());
    assertEquals(ValueState.UNKNOWN, unknown.state());
    assertEquals(Optional.empty(), unknown.value(), "'.' never becomes a number");
    assertEquals(5, unknown.line());
    assertEquals(new BigDecimal("2e1"), t.records().get(5).value().get());
  }

  @Test
  void badInputIsALocatedError() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> readText("geschlecht;alter;qx;ex\nm;0;0.5;78.6\nm;1;0,0002x;77.9\n"));
    assertEquals(CsvFormatException.Kind.BAD_VALUE, e.kind());
    assertEquals(3, e.line());
    assertEquals(3, e.column());
    assertTrue(e.getMessage().contains("'0,0002x'") && e.getMessage().contains("qx"), e.getMessage());

    e = assertThrows(CsvFormatException.class, () -> readText("geschlecht;alter;qx\nm;0;0.5\nd;0;0.5\n"));
    assertEquals(CsvFormatException.Kind.BAD_VALUE, e.kind());
    assertEquals(3, e.line());
    assertEquals(1, e.column());

    e = assertThrows(CsvFormatException.class, () -> readText("geschlecht;alter;qx\nm;0;0.5\nm;0,5;0.5\n"));
    assertEquals(3, e.line());
    assertEquals(2, e.column());

    e = assertThrows(CsvFormatException.class, () -> readText("geschlecht;alter;qx\nm;7;0.5\nm;7;0.6\n"));
    assertEquals(CsvFormatException.Kind.BAD_VALUE, e.kind());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("first on line 2"), e.getMessage());

    e = assertThrows(CsvFormatException.class, () -> readText("geschlecht;alter;qx;ex\nm;0;0.5\n"));
    assertEquals(CsvFormatException.Kind.RAGGED_ROW, e.kind());
    assertEquals(2, e.line());

    e = assertThrows(CsvFormatException.class, () -> readText("geschlecht;alter;qx;qx\nm;0;0.5;0.5\n"));
    assertEquals(CsvFormatException.Kind.BAD_HEADER, e.kind());
    assertEquals(1, e.line());
    assertEquals(4, e.column());
  }
}
