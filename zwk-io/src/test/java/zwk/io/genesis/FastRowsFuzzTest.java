// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz test of the byte tokenizer ({@link FastRows}): on any bytes it either falls back to
 * the general path or gives exactly the general path's rows, and the reader then gives the same
 * population table or the same error. In {@code mvn verify} it runs on the seeds under
 * {@code src/test/resources/zwk/io/genesis/FastRowsFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class FastRowsFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void sameRowsAsTheGeneralPath(byte[] data) {
    String quick = FastPathEquivalence.rows(data, false);
    if (!quick.equals("fallback")) {
      assertEquals(FastPathEquivalence.rows(data, true), quick);
    }
    assertEquals(FastPathEquivalence.population(data, true), FastPathEquivalence.population(data, false));
  }
}
