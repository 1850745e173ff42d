// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.diagnostic.DiagnosticCode;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/**
 * The columnar {@link StatisticsTable} against the records it was given: any list of records comes
 * back equal and in order, the builder refuses what {@link StatisticsRecord} refuses, values keep
 * their scale, and the cell columns take the bytes the layout promises (computed by hand below).
 */
class StatisticsTableTest {
  private static final String[] KEYS = {"15083", "15083040", "DG", "05315", "11000000", "x-1", "150830040040"};
  private static final String[] NAMES = {"Börde", "Barleben", "Deutschland", "Köln, Stadt", ""};
  private static final String[] TIMES = {"31.12.2018", "2021", "2018/2020", ""};
  private static final String[] VALUES = {"0", "1", "-7", "1234.5", "1234.50", "83166711", "0.0033859768863813713",
      "2e1", "9.970029225190015e-05", "123456789012345678901234567890", "1e-200", "1e300", "-2147483649",
      "9223372036854775807", "9223372036854775808", "0.000"};

  private static <T> T pick(Gen<Integer> index, org.quicktheories.core.RandomnessSource in, List<T> from) {
    return from.get(index.generate(in) % from.size());
  }

  /** A record from small pools (so that dictionaries repeat), with every attribute varied. */
  static Gen<StatisticsRecord> records() {
    Gen<Integer> i = integers().between(0, 1_000_000);
    return in -> {
      StatisticsRecord.Builder b = StatisticsRecord.builder();
      String key = KEYS[i.generate(in) % KEYS.length];
      b.regionKey(key).regionName(NAMES[i.generate(in) % NAMES.length]);
      if (key.equals("15083040")) {
        b.ags(Ags.of(key));
      } else if (key.equals("15083")) {
        b.ags(Ags.of(key)).ars(Ars.of(key));
      } else if (key.equals("150830040040")) {
        b.ars(Ars.of(key));
      }
      String time = TIMES[i.generate(in) % TIMES.length];
      b.time(time);
      if (time.equals("31.12.2018")) {
        b.referenceDate(LocalDate.of(2018, 12, 31)).year(2018);
      } else if (time.equals("2021")) {
        b.year(2021);
      }
      int s = i.generate(in) % 4;
      if (s < 3) {
        b.sex(Sex.values()[s]);
      }
      int a = i.generate(in) % 5;
      if (a == 1) {
        b.age(AgeBand.single(i.generate(in) % 101));
      } else if (a == 2) {
        b.age(AgeBand.openFrom(90));
      } else if (a == 3) {
        b.age(AgeBand.of(20, 64));
      }
      if (i.generate(in) % 3 == 0) {
        b.nationality(pick(i, in, List.of("Deutsche", "Ausländer", "Insgesamt")));
      }
      Map<String, String> dims = new LinkedHashMap<>();
      int d = i.generate(in) % 4;
      if (d >= 1) {
        dims.put("Alter", pick(i, in, List.of("Alter unbekannt", "unter 1 Jahr")));
      }
      if (d >= 2) {
        dims.put("Variante", "G2L2W1");
      }
      b.dimensions(dims);
      b.variable(pick(i, in, List.of("Bevölkerungsstand", "qx", "Lx", "Lebendgeborene")));
      if (i.generate(in) % 2 == 0) {
        b.unit(pick(i, in, List.of("Anzahl", "1000", "Prozent")));
      }
      ValueState state = ValueState.values()[i.generate(in) % ValueState.values().length];
      b.state(state);
      if (state == ValueState.NUMBER) {
        b.value(new BigDecimal(VALUES[i.generate(in) % VALUES.length]));
      } else if (state == ValueState.ZERO) {
        b.value(pick(i, in, List.of(BigDecimal.ZERO, new BigDecimal("0.0"), new BigDecimal("0E+3"))));
      }
      int l = i.generate(in) % 4;
      b.line(l == 0 ? 0 : l == 1 ? i.generate(in) : l == 2 ? 5_000_000_000L : 1);
      return b.build();
    };
  }

  private static StatisticsTable table(List<StatisticsRecord> records) {
    return StatisticsTable.builder().source("t.csv").tableCode("12411-0018").title("Bevölkerung")
        .addNotes("Fortschreibung").addAllRecords(records).build();
  }

  @Test
  void anyRecordsComeBackEqualAndInOrder() {
    qt().withFixedSeed(20261201L).withExamples(300).forAll(lists().of(records()).ofSizeBetween(0, 400))
        .checkAssert(list -> {
          StatisticsTable t = table(list);
          assertEquals(list, t.records());
          assertEquals(list.size(), t.size());
          for (int i = 0; i < list.size(); i++) {
            StatisticsRecord r = list.get(i);
            assertEquals(r, t.record(i));
            assertEquals(r.state(), t.state(i));
            assertEquals(r.value(), t.value(i));
            assertEquals(r.line(), t.line(i));
            assertEquals(r.sex(), t.sex(i));
            assertEquals(r.regionKey(), t.regionKeys().get(t.regionCode(i)));
            assertEquals(r.regionName(), t.regionNames().get(t.regionCode(i)));
            assertEquals(r.time(), t.timeLabels().get(t.timeCode(i)));
            assertEquals(r.age(), t.ageBands().get(t.ageCode(i)));
            assertEquals(r.variable(), t.variables().get(t.variableCode(i)));
          }
          StatisticsTable again = table(new ArrayList<>(list));
          assertEquals(t, again);
          assertEquals(t.hashCode(), again.hashCode());
          assertEquals(t, StatisticsTable.builder().from(t).build());
          if (!list.isEmpty()) {
            List<StatisticsRecord> changed = new ArrayList<>(list);
            StatisticsRecord last = changed.get(changed.size() - 1);
            changed.set(changed.size() - 1, last.withLine(last.line() + 1));
            assertNotEquals(t, table(changed));
          }
        });
  }

  @Test
  void regionsWithOnlyZeroCellsAsTheOldDefinitionSays() {
    qt().withFixedSeed(7L).withExamples(200).forAll(lists().of(records()).ofSizeBetween(0, 60)).checkAssert(list -> {
      // the definition, computed over the records: keys all of whose cells are ZERO, in order of first cell
      Map<String, Boolean> allZero = new LinkedHashMap<>();
      list.forEach(r -> allZero.merge(r.regionKey(), r.state() == ValueState.ZERO, Boolean::logicalAnd));
      List<String> expected = new ArrayList<>();
      allZero.forEach((k, v) -> {
        if (v) {
          expected.add(k);
        }
      });
      assertEquals(expected, new ArrayList<>(table(list).regionKeysWithOnlyZeroCells()));
    });
  }

  private static StatisticsRecord.Builder cell(String key, String value) {
    return StatisticsRecord.builder().regionKey(key).regionName("n").time("2021").variable("v")
        .state(ValueState.NUMBER).value(new BigDecimal(value));
  }

  @Test
  void valuesKeepTheirScale() {
    StatisticsTable t = table(List.of(cell("1", "1234.5").build(), cell("1", "1234.50").build(),
        cell("1", "12").build(), cell("1", "123456789012345678901234567890.1").build()));
    assertEquals("1234.5", t.value(0).get().toString());
    assertEquals("1234.50", t.value(1).get().toString());
    assertEquals("12", t.value(2).get().toString());
    assertEquals("123456789012345678901234567890.1", t.value(3).get().toString());
  }

  @Test
  void zeroRegionsByHand() {
    StatisticsRecord.Builder zero = StatisticsRecord.builder().regionName("n").time("2021").variable("v")
        .state(ValueState.ZERO).value(BigDecimal.ZERO);
    // 03152 (Göttingen, alt) is "-" throughout; 03159 has one number; 01001 only "-" under two names
    StatisticsTable t = table(List.of(zero.regionKey("03152").build(), cell("03159", "5").build(),
        zero.regionKey("03159").build(), zero.regionKey("01001").build(),
        zero.regionKey("01001").regionName("Flensburg").build(), zero.regionKey("03152").build()));
    assertEquals(List.of("03152", "01001"), new ArrayList<>(t.regionKeysWithOnlyZeroCells()));
    assertEquals(Set.of(), table(List.of(cell("1", "0").build())).regionKeysWithOnlyZeroCells());
  }

  @Test
  void theBuilderRefusesWhatTheRecordRefuses() {
    StatisticsTable.Builder b = StatisticsTable.builder().source("t.csv");
    int region = b.region("15083", Optional.empty(), Optional.empty(), "Börde");
    int time = b.time("2021", Optional.empty(), Optional.of(2021));
    int age = b.age(Optional.empty());
    int nat = b.nationality(Optional.empty());
    int dims = b.dimensions(Map.of());
    int var = b.variable("Bevölkerungsstand", Optional.of("Anzahl"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.addCell(region, time, Optional.empty(), age, nat, dims, var, ValueState.UNKNOWN, BigDecimal.ONE, 1));
    IllegalArgumentException r = assertThrows(IllegalArgumentException.class, () -> cell("1", "1")
        .state(ValueState.UNKNOWN).build());
    assertEquals(r.getMessage(), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> b.addCell(region, time, Optional.empty(), age, nat, dims, var, ValueState.NUMBER, null, 1));
    r = assertThrows(IllegalArgumentException.class, () -> cell("1", "1").value(Optional.empty()).build());
    assertEquals(r.getMessage(), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> b.addCell(region, time, Optional.empty(), age, nat,
        dims, var, ValueState.ZERO, new BigDecimal("7"), 1));
    r = assertThrows(IllegalArgumentException.class, () -> cell("1", "7").state(ValueState.ZERO).build());
    assertEquals(r.getMessage(), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> b.addCell(region, time, Optional.empty(), age, nat,
        dims, var, ValueState.NUMBER, BigDecimal.ONE, -1));
    r = assertThrows(IllegalArgumentException.class, () -> cell("1", "1").line(-1).build());
    assertEquals(r.getMessage(), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> b.addCell(region + 1, time, Optional.empty(), age, nat,
        dims, var, ValueState.NUMBER, BigDecimal.ONE, 1));
    assertEquals("region: expected a code from 0 to 0, got 1", e.getMessage());
    assertEquals(0, b.build().size(), "a refused cell is not added");

    IllegalStateException noSource = assertThrows(IllegalStateException.class, () -> StatisticsTable.builder().build());
    assertTrue(noSource.getMessage().contains("source"), noSource.getMessage());
    assertThrows(NullPointerException.class, () -> StatisticsTable.builder().addRecords((StatisticsRecord) null));
    assertThrows(NullPointerException.class, () -> StatisticsTable.builder().addNotes((String) null));
    assertThrows(NullPointerException.class, () -> StatisticsTable.builder().addWarnings((Diagnostic) null));
    assertThrows(NullPointerException.class, () -> b.region(null, Optional.empty(), Optional.empty(), "x"));
  }

  @Test
  void recordsAreAnUnmodifiableView() {
    StatisticsTable t = table(List.of(cell("1", "1").build()));
    assertThrows(UnsupportedOperationException.class, () -> t.records().add(cell("2", "2").build()));
    assertThrows(UnsupportedOperationException.class, () -> t.records().remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> t.records().get(1));
    assertThrows(UnsupportedOperationException.class, () -> t.notes().add("x"));
  }

  enum Code implements DiagnosticCode {
    W;

    @Override
    public Diagnostic.Severity severity() {
      return Diagnostic.Severity.WARNING;
    }

    @Override
    public String template(java.util.Locale locale) {
      return "w {n}";
    }
  }

  @Test
  void valueSemanticsOfTheMetadata() {
    StatisticsTable t = table(List.of(cell("1", "1").build()));
    Diagnostic w = Diagnostic.of(Code.W, Diagnostic.Location.of("t.csv", 2, 0), "n", 1);
    StatisticsTable warned = t.withWarnings(List.of(w));
    assertEquals(List.of(w), warned.warnings());
    assertNotEquals(t, warned);
    assertEquals(warned, StatisticsTable.builder().from(t).addWarnings(w).build());
    assertNotEquals(t, StatisticsTable.builder().from(t).source("u.csv").build());
    assertNotEquals(t, StatisticsTable.builder().from(t).title(Optional.empty()).build());
    assertNotEquals(t, StatisticsTable.builder().from(t).notes(List.of()).build());
    assertEquals("StatisticsTable{source=t.csv, tableCode=12411-0018, title=Bevölkerung, cells=1, regions=1, notes=1,"
        + " warnings=[t.csv:2:0: WARNING W: w 1]}", warned.toString());
  }

  @Test
  void theColumnsTakeTheBytesOfTheLayout() {
    List<StatisticsRecord> list = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      list.add(cell("r" + (i % 300), Integer.toString(i)).line(i + 1).build());
    }
    // 300 regions: 2 bytes; time, sex, age, nationality, dimensions, variable: 1 byte each;
    // values fit an int, one scale (0), no state array: 4 bytes; lines fit an int: 4 bytes
    assertEquals(1000L * (2 + 6 + 4 + 4), table(list).cellBytes());
    list.add(cell("r1", "1.5").state(ValueState.NUMBER).build());
    list.add(StatisticsRecord.builder().from(list.get(0)).state(ValueState.UNKNOWN).value(Optional.empty()).build());
    list.add(cell("r1", new BigInteger("3000000000").toString()).build());
    // now a scale per cell (1 byte), a state per cell (1 byte) and values as longs (8 bytes)
    assertEquals(1003L * (2 + 6 + 8 + 1 + 1 + 4), table(list).cellBytes());
  }
}
