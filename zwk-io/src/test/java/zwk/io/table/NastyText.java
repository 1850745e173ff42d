// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generated text that is hard on CSV and spreadsheets. */
final class NastyText {
  private NastyText() {}

  private static final List<String> FRAGMENTS = List.of(
      ";", ",", "\"", "\"\"", "\n", "\r\n", "\r", "=", "-", "+", "@", "\t", "'", "'=", "''-", "=SUM(A1)",
      "ä", "Ö", "ß", "é", "\u00a0", "😀", "𝄞", " ", "a", "Z", "1", "0,5", "-3");

  /** Text of 1 to 8 fragments (never empty). */
  static Gen<String> nonEmpty() {
    return lists().of(Generate.pick(FRAGMENTS)).ofSizeBetween(1, 8).map(l -> String.join("", l));
  }

  /** Text that is not blank (for names the model requires non-blank). */
  static Gen<String> nonBlank() {
    return nonEmpty().map(s -> s.isBlank() ? s + "x" : s);
  }
}
