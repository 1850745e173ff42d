// SPDX-License-Identifier: Apache-2.0
package zwk.model.common;

import java.text.Normalizer;
import java.util.Locale;

/** Parsing of labelled values: accepts the enum name, the German or the English label (rule 8). */
public final class Labels {
  private Labels() {}

  /**
   * Folds text for lenient comparison: lower case, accents and {@code ß} folded, everything but
   * letters and digits removed ({@code "Gesundheit und Pflege"} → {@code "gesundheitundpflege"}).
   */
  public static String fold(String s) {
    String n = Normalizer.normalize(s.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
  }

  /**
   * The constant whose name, German or English label matches the text after {@link #fold}.
   *
   * @param field field name for the error message
   * @throws IllegalArgumentException naming the field and the text when nothing matches
   */
  public static <E extends Enum<E> & Labelled> E parse(E[] values, String text, String field) {
    if (text != null) {
      String key = fold(text);
      for (E v : values) {
        if (fold(v.name()).equals(key) || fold(v.germanLabel()).equals(key) || fold(v.englishLabel()).equals(key)) {
          return v;
        }
      }
    }
    throw new IllegalArgumentException(field + ": unknown value '" + text + "'");
  }
}
