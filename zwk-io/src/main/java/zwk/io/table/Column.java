// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A column of one of zwk's own CSV tables: a stable English id (the {@code standard} header), a
 * German header ({@code excel-de}) and further accepted spellings. Header matching ignores case,
 * accents, blanks, {@code _} and {@code -}.
 */
public final class Column {
  private final String id;
  private final String german;
  private final List<String> aliases;
  private final boolean required;

  private Column(String id, String german, boolean required, List<String> aliases) {
    this.id = id;
    this.german = german;
    this.required = required;
    this.aliases = List.copyOf(aliases);
  }

  /** An optional column. */
  public static Column optional(String id, String german, String... aliases) {
    return new Column(id, german, false, List.of(aliases));
  }

  /** A column the header must contain. */
  public static Column required(String id, String german, String... aliases) {
    return new Column(id, german, true, List.of(aliases));
  }

  /** The English id, e.g. {@code population_male}. */
  public String id() {
    return id;
  }

  /** The German header, e.g. {@code Einwohner männlich}. */
  public String german() {
    return german;
  }

  /** The further accepted spellings. */
  List<String> aliases() {
    return aliases;
  }

  /** Whether the header must contain this column. */
  public boolean required() {
    return required;
  }

  /** The header under a profile's language. */
  public String header(Locale locale) {
    return "de".equals(locale.getLanguage()) ? german : id;
  }

  /** Whether a header cell names this column. */
  public boolean matches(String header) {
    String h = normalize(header);
    if (h.equals(normalize(id)) || h.equals(normalize(german))) {
      return true;
    }
    for (String a : aliases) {
      if (h.equals(normalize(a))) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, no accents, only letters and digits ({@code "Fläche km²"} → {@code "flachekm2"}). */
  static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c == 'ß' ? "ss" : String.valueOf(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
