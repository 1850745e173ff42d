// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import zwk.io.csv.TextEncoding;

/**
 * The direct read of classic data lines ({@link DirectRows}) against the reader that makes every
 * line a row (same byte tokenizer) and against the general path (decoding + FastCSV), on generated
 * population tables in the shapes official 12411 exports have (date; key; name; values, or key;
 * name; values with the date in the title, with or without a total column), with what official
 * files hold (symbols, leading zeros, lost leading zeros, umlauts) and what breaks them (duplicate
 * cells, one field more or less, blank and footer-like lines, too large counts, quotes, decimals,
 * spaces), in UTF-8 and Windows-1252 with {@code \n} or {@code \r\n}. All three must give the same
 * table, names, warnings, or the same error; both branches of the direct read (lines taken, lines
 * handed back as rows) must be exercised, and tables must be read, so that the property is not vacuous.
 *
 * <p>Each file is built from a seed drawn by QuickTheories (the seed is in the failure report).
 */
class DirectRowsPropertyTest {
  private static final String[] KEYS = {"01001", "01002", "09162", "01001001", "03241001", "11"};
  private static final String[] NAMES = {"Flensburg, kreisfreie Stadt", "Kiel", "München, Landeshauptstadt",
      "Groß Ümlaut", "Hannover, Region", "Berlin"};
  private static final String[] DATES = {"31.12.2018", "31.12.2019", "31.12.2020"};
  private static final String[] ODD_VALUES = {"-", ".", "x", "...", "/", "007", "1234567890", "2147483648", "1,5",
      " 12", "", "abc", "\"5\"", "99999999999"};

  /** A file from a seed: mostly well formed, each line with a small chance of being odd. */
  static byte[] file(long seed) {
    Random rnd = new Random(seed);
    boolean dateColumn = rnd.nextInt(4) != 0;
    boolean total = rnd.nextInt(3) == 0;
    boolean crlf = rnd.nextBoolean();
    Charset cs = rnd.nextBoolean() ? StandardCharsets.UTF_8 : TextEncoding.WINDOWS_1252;
    int oddness = rnd.nextInt(5); // 0: clean, 1: odd values only, else the chance of an odd line grows
    String nl = crlf ? "\r\n" : "\n";
    String pre = dateColumn ? ";;;" : ";;";
    StringBuilder sb = new StringBuilder("GENESIS-Tabelle: 12411-0018;;;;;;;" + nl)
        .append("Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen;;;;;;;").append(nl)
        .append("Bevölkerungsstand (Anzahl);;;;;;;").append(nl);
    if (!dateColumn) {
      sb.append("Stichtag: 31.12.2018;;;;;;;").append(nl);
    }
    sb.append(pre).append("männlich;männlich;weiblich;weiblich").append(total ? ";Insgesamt" : "").append(nl);
    sb.append(pre).append("unter 3 Jahre;3 Jahre und mehr;unter 3 Jahre;3 Jahre und mehr")
        .append(total ? ";Insgesamt" : "").append(nl);
    int dates = dateColumn ? 1 + rnd.nextInt(3) : 1;
    int keys = 1 + rnd.nextInt(KEYS.length);
    List<String> lines = new ArrayList<>();
    for (int d = 0; d < dates; d++) {
      for (int k = 0; k < keys; k++) {
        lines.add(line(rnd, dateColumn ? DATES[d] + ";" : "", KEYS[k], NAMES[k], total, oddness));
      }
    }
    for (String l : lines) {
      sb.append(l).append(nl);
    }
    sb.append("__________;;;;;;;").append(nl).append("© Statistisches Bundesamt (Destatis), 2026;;;;;;;")
        .append(rnd.nextBoolean() ? nl : "");
    return sb.toString().getBytes(cs);
  }

  private static String line(Random rnd, String date, String key, String name, boolean total, int oddness) {
    boolean odd = oddness > 0 && rnd.nextInt(12) < Math.max(2, oddness);
    long[] v = new long[4];
    StringBuilder sb = new StringBuilder(date);
    String k = key;
    if (odd && rnd.nextInt(6) == 0) {
      k = rnd.nextBoolean() ? key.substring(1) : " " + key + " "; // lost leading zero, spaces
    }
    sb.append(k).append(';').append(name);
    List<String> cells = new ArrayList<>();
    long sum = 0;
    for (int i = 0; i < 4; i++) {
      v[i] = rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(100_000);
      sum += v[i];
      cells.add(Long.toString(v[i]));
    }
    if (total) {
      cells.add(Long.toString(sum));
    }
    if (odd) {
      switch (oddness == 1 ? 0 : rnd.nextInt(8)) {
        case 0:
        case 1:
          cells.set(rnd.nextInt(cells.size()), ODD_VALUES[rnd.nextInt(ODD_VALUES.length)]);
          break;
        case 2:
          cells.add(""); // one empty field more (allowed)
          break;
        case 3:
          cells.add(rnd.nextBoolean() ? "5" : " "); // one field more: an error, or blank
          break;
        case 4:
          cells.remove(cells.size() - 1); // one field less
          break;
        case 5:
          return rnd.nextBoolean() ? ";;;;;;" : "";
        case 6:
          return "_x;" + sb + ";" + String.join(";", cells);
        default:
          return sb + ";" + String.join(";", cells) + "\n" + sb + ";" + String.join(";", cells); // duplicate
      }
    }
    return sb + ";" + String.join(";", cells);
  }

  @Test
  void theDirectReadGivesTheSameTableOrTheSameErrorAsRowsAndTheGeneralPath() {
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger handedBack = new AtomicInteger();
    AtomicInteger tables = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
      byte[] b = file(seed);
      long[] direct = new long[2];
      String viaDirect = FastPathEquivalence.population(b, FastPathEquivalence.Path.DIRECT, direct);
      assertEquals(FastPathEquivalence.population(b, FastPathEquivalence.Path.ROWS, null), viaDirect);
      assertEquals(FastPathEquivalence.population(b, FastPathEquivalence.Path.GENERAL, null), viaDirect);
      if (direct[0] > 0) {
        taken.incrementAndGet();
      }
      if (direct[1] > 0) {
        handedBack.incrementAndGet();
      }
      if (viaDirect.contains("Exception")) {
        errors.incrementAndGet();
      } else {
        tables.incrementAndGet();
      }
    });
    assertTrue(taken.get() > 100, "files with lines taken directly: " + taken.get());
    assertTrue(handedBack.get() > 50, "files with lines handed back: " + handedBack.get());
    assertTrue(tables.get() > 100, "tables read: " + tables.get());
    assertTrue(errors.get() > 50, "errors: " + errors.get());
  }
}
