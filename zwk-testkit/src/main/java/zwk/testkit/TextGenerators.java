// SPDX-License-Identifier: Apache-2.0
package zwk.testkit;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Text that tries to break formats: umlauts and ß, non-BMP characters, quotes, backslashes,
 * control characters, CSV separators, spreadsheet formula prefixes and template syntax
 * ({@code ${1+1}}, {@code #{x}}, {@code {0}}) that a message interpolator must not evaluate.
 */
public final class TextGenerators {
  private TextGenerators() {}

  private static final List<String> ATOMS = List.of(
      "a", "b", "Z", "0", "7", " ", "  ", "ä", "Ö", "ü", "ß", "é", "€", "\u00a0",
      "\"", "'", "\\", "/", "\n", "\r\n", "\t", "\u0001", "\u001f", "\u007f",
      ";", ",", "=", "+", "-", "@", "'=", "😀", "𝄞", "\uD83C\uDDE9\uD83C\uDDEA",
      "${1+1}", "#{1+1}", "${''.getClass()}", "{0}", "<b>", "&amp;", "Straße", "Zukunftswerkstatt");

  private static final Gen<String> ATOM = Generate.pick(ATOMS);

  /** Any text of up to {@code maxAtoms} pieces, possibly empty or blank. */
  public static Gen<String> anyText(int maxAtoms) {
    return in -> {
      int n = GenSupport.intIn(in, 0, maxAtoms);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(ATOM.generate(in));
      }
      return sb.toString();
    };
  }

  /** Text with at least one letter, so it is never blank. */
  public static Gen<String> nonBlankText(int maxAtoms) {
    return in -> {
      String s = anyText(maxAtoms).generate(in);
      return GenSupport.chance(in, 50) ? "x" + s : s + "Ü";
    };
  }

  /** Identifiers: a prefix and a number, unique when the caller passes distinct numbers. */
  public static String id(String prefix, int n) {
    return prefix + "-" + n;
  }
}
