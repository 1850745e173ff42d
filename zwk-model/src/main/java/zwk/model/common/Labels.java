// SPDX-License-Identifier: Apache-2.0
package zwk.model.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Parsing of labelled values: accepts the enum name, the German or the English label (rule 8). */
public final class Labels {
  private Labels() {}

  /** The labels of every constant of a {@link LabelledEnum}, registered by its constructor. */
  private static final Map<Enum<?>, Labelled> ENUM_LABELS = new ConcurrentHashMap<>();

  /**
   * Registers the labels of an enum constant; called once from the constructor of a
   * {@link LabelledEnum}.
   *
   * @throws IllegalStateException when the constant already has labels (they cannot be changed)
   */
  public static void register(Enum<?> constant, String germanLabel, String englishLabel) {
    Labelled labels = Labelled.of(germanLabel, englishLabel);
    if (ENUM_LABELS.putIfAbsent(Objects.requireNonNull(constant, "constant"), labels) != null) {
      throw new IllegalStateException("labels of " + constant.getDeclaringClass().getSimpleName() + "."
          + constant.name() + ": expected to be registered once, by the constructor");
    }
  }

  /** The registered labels of a {@link LabelledEnum} constant. */
  static Labelled of(LabelledEnum constant) {
    Labelled l = ENUM_LABELS.get(constant);
    if (l == null) {
      throw new IllegalStateException(constant + ": no labels registered (call Labels.register in the constructor)");
    }
    return l;
  }

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
