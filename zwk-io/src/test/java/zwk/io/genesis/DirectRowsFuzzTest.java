// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz test of the direct read of classic data lines ({@link DirectRows}): the fuzzed bytes
 * are the data block of a well-formed 12411 table (title and header lines before, footer after), so
 * that they reach the byte parser; reading them straight from the bytes, with every line a row, and
 * on the general path must give the same population table or the same error. In {@code mvn verify}
 * it runs on the seeds under {@code src/test/resources/zwk/io/genesis/DirectRowsFuzzTestInputs};
 * with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class DirectRowsFuzzTest {
  private static final byte[] HEAD = ("GENESIS-Tabelle: 12411-0018;;;;;;\r\n"
      + "Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen;;;;;;\r\n"
      + "Bevölkerungsstand (Anzahl);;;;;;\r\n"
      + ";;;männlich;männlich;weiblich;weiblich\r\n"
      + ";;;unter 3 Jahre;3 Jahre und mehr;unter 3 Jahre;3 Jahre und mehr\r\n"
      + "31.12.2019;01001;Flensburg, kreisfreie Stadt;57;39;55;65\r\n").getBytes(StandardCharsets.UTF_8);
  private static final byte[] FOOT = "__________;;;;;;\r\n© Statistisches Bundesamt (Destatis), 2026\r\n"
      .getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "30s")
  void sameTableOnEveryPath(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HEAD);
    out.writeBytes(data);
    out.writeBytes(FOOT);
    byte[] file = out.toByteArray();
    String direct = FastPathEquivalence.population(file, FastPathEquivalence.Path.DIRECT, null);
    assertEquals(FastPathEquivalence.population(file, FastPathEquivalence.Path.ROWS, null), direct);
    assertEquals(FastPathEquivalence.population(file, FastPathEquivalence.Path.GENERAL, null), direct);
  }
}
