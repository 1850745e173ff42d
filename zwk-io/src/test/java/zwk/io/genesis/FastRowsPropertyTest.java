// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import zwk.io.csv.TextEncoding;

/**
 * The byte tokenizer ({@link FastRows}) against the general path (decoding + FastCSV) on generated
 * GENESIS-shaped files: the classic 12411 layout (title, sex and age header lines, date; key; name;
 * values, footer) with cells drawn from what official files hold and from what breaks them
 * (quotes, bare carriage returns, U+FFFD, bytes that are no text, symbols, decimals, leading
 * zeros), in UTF-8, UTF-8 with BOM and Windows-1252. Whenever the fast path does not fall back, it
 * must give the same rows; and the whole reader must give the same table or the same error either way.
 */
class FastRowsPropertyTest {
  private static final List<String> DATES = List.of("31.12.2019", "31.12.2020", "2019", "31.12.2019", "x", "");
  private static final List<String> KEYS = List.of("01001", "01001001", "01002", "09162", "DG", "", "0100", "01001");
  private static final List<String> NAMES = List.of("Flensburg, kreisfreie Stadt", "Nürnberg", "Köln", "Groß Ümlaut",
      "\"Quoted;Name\"", "A\uFFFDB", "Plain", "");
  private static final List<String> VALUES = List.of("0", "57", "1234", "57", "8", "-", ".", "x", "...", "/", "007",
      "1.5", "abc", "", " 12 ", "\"5\"", "99999999999", "12\r3");
  private static final List<String> HEADERS = List.of(
      ";;;männlich;männlich;weiblich;weiblich",
      ";;;unter 3 Jahre;3 Jahre und mehr;unter 3 Jahre;3 Jahre und mehr");

  private static Gen<String> pick(List<String> l) {
    return Generate.pick(l);
  }

  /** One data line: date; key; name; four values, sometimes one cell more or less. */
  private static Gen<String> dataLine() {
    return pick(DATES).zip(pick(KEYS), pick(NAMES), lists().of(pick(VALUES)).ofSizeBetween(3, 5),
        (d, k, n, v) -> d + ";" + k + ";" + n + ";" + String.join(";", v));
  }

  /**
   * Data lines of a well-formed table: each (date, key) once, four values from what official files
   * hold, so that the reader builds a table (the other generator mostly provokes errors).
   */
  private static Gen<List<String>> cleanLines() {
    List<String> dates = List.of("31.12.2019", "31.12.2020");
    List<String> keys = List.of("01001", "01002", "09162");
    List<String> names = List.of("Flensburg, kreisfreie Stadt", "Nürnberg", "Köln");
    return lists().of(lists().of(pick(List.of("0", "57", "1234", "8", "-", "."))).ofSize(4)).ofSizeBetween(1, 6)
        .map(values -> {
          List<String> lines = new java.util.ArrayList<>();
          for (int i = 0; i < values.size(); i++) {
            lines.add(dates.get(i / 3) + ";" + keys.get(i % 3) + ";" + names.get(i % 3) + ";"
                + String.join(";", values.get(i)));
          }
          return lines;
        });
  }

  /** A whole file as text: lines joined by {@code \r\n} or {@code \n}, with or without a last line end. */
  private static Gen<String> file() {
    Gen<List<String>> rows = booleans().all().flatMap(clean -> clean ? cleanLines()
        : lists().of(dataLine()).ofSizeBetween(0, 12));
    return rows.zip(booleans().all(), booleans().all(), (lines, crlf, end) -> {
      String nl = crlf ? "\r\n" : "\n";
      StringBuilder sb = new StringBuilder("GENESIS-Tabelle: 12411-0018;;;;;;" + nl
          + "Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen;;;;;;" + nl);
      for (String h : HEADERS) {
        sb.append(h).append(nl);
      }
      for (String r : lines) {
        sb.append(r).append(nl);
      }
      sb.append("__________").append(nl).append("(C)opyright Statistisches Bundesamt (Destatis), 2026").append(end ? nl : "");
      return sb.toString();
    });
  }

  /** 0 UTF-8, 1 UTF-8 with BOM, 2 Windows-1252; then optionally one byte replaced by a non-text byte. */
  private static Gen<byte[]> bytes() {
    return file().zip(integers().between(0, 2), integers().between(-400, 400), (text, enc, corrupt) -> {
      Charset cs = enc == 2 ? TextEncoding.WINDOWS_1252 : StandardCharsets.UTF_8;
      byte[] b = text.replace('\uFFFD', enc == 2 ? '?' : '\uFFFD').getBytes(cs);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (enc == 1) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      out.writeBytes(b);
      byte[] all = out.toByteArray();
      if (corrupt >= 0 && corrupt < all.length) {
        all[corrupt] = (byte) (corrupt % 2 == 0 ? 0x81 : 0xFF); // undefined in Windows-1252 / invalid UTF-8
      }
      return all;
    });
  }

  @Test
  void fastRowsAreTheGeneralRowsWheneverTheyDoNotFallBack() {
    AtomicInteger fast = new AtomicInteger();
    AtomicInteger fellBack = new AtomicInteger();
    qt().withExamples(600).forAll(bytes()).checkAssert(b -> {
      String general = FastPathEquivalence.rows(b, true);
      String quick = FastPathEquivalence.rows(b, false);
      if (quick.equals("fallback")) {
        fellBack.incrementAndGet();
      } else {
        fast.incrementAndGet();
        assertEquals(general, quick);
      }
    });
    // both branches were exercised: the property is not vacuous
    assertTrue(fast.get() > 50, "fast path taken " + fast.get() + " times");
    assertTrue(fellBack.get() > 50, "fallback taken " + fellBack.get() + " times");
  }

  @Test
  void theReaderGivesTheSameTableOrTheSameErrorOnBothPaths() {
    AtomicInteger tables = new AtomicInteger();
    qt().withExamples(400).forAll(bytes()).checkAssert(b -> {
      String general = FastPathEquivalence.population(b, true);
      assertEquals(general, FastPathEquivalence.population(b, false));
      if (!general.contains("Exception")) {
        tables.incrementAndGet();
      }
    });
    assertTrue(tables.get() > 10, "tables read: " + tables.get());
  }

  /** Hand-made: the fast path takes a plain official line and refuses a quoted one. */
  @Test
  void plainLinesAreTakenQuotedOnesLeftToTheGeneralPath() {
    byte[] plain = "31.12.2019;01001;Flensburg, kreisfreie Stadt;57;39\r\n".getBytes(TextEncoding.WINDOWS_1252);
    assertEquals("1: [31.12.2019, 01001, Flensburg, kreisfreie Stadt, 57, 39]\nU+FFFD 0 first at 0",
        FastPathEquivalence.rows(plain, false));
    byte[] quoted = "a;\"b;c\"\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("fallback", FastPathEquivalence.rows(quoted, false));
    assertEquals("1: [a, b;c]\nU+FFFD 0 first at 0", FastPathEquivalence.rows(quoted, true));
    byte[] umlaut = "Nürnberg;1\n\n".getBytes(TextEncoding.WINDOWS_1252);
    assertEquals("1: [Nürnberg, 1]\n2: []\nU+FFFD 0 first at 0", FastPathEquivalence.rows(umlaut, false));
    assertNotEquals("fallback", FastPathEquivalence.rows(new byte[0], false));
  }
}
