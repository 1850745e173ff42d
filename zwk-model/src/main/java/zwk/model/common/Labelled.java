// SPDX-License-Identifier: Apache-2.0
package zwk.model.common;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something with a German and an English label (docs/design.md rule 8): output uses the caller's locale,
 * German by default.
 */
public interface Labelled {

  /** The German label. */
  String germanLabel();

  /** The English label. */
  String englishLabel();

  /** The label in the given locale: English for language {@code en}, German otherwise. */
  default String label(@Nullable Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? englishLabel() : germanLabel();
  }

  /**
   * A label pair that is not an enum constant (an action field's labels, an id shown as is).
   *
   * @param german the German label
   * @param english the English label
   * @return the pair; equal when both labels are equal
   */
  static Labelled of(String german, String english) {
    return new Pair(Objects.requireNonNull(german, "german"), Objects.requireNonNull(english, "english"));
  }

  /** The value behind {@link #of}. */
  final class Pair implements Labelled {
    private final String german;
    private final String english;

    private Pair(String german, String english) {
      this.german = german;
      this.english = english;
    }

    @Override
    public String germanLabel() {
      return german;
    }

    @Override
    public String englishLabel() {
      return english;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pair && german.equals(((Pair) o).german) && english.equals(((Pair) o).english);
    }

    @Override
    public int hashCode() {
      return Objects.hash(german, english);
    }

    @Override
    public String toString() {
      return german;
    }
  }
}
