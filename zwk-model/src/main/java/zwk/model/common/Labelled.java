package zwk.model.common;

import java.util.Locale;

/**
 * Something with a German and an English label (DESIGN.md rule 8): output uses the caller's locale,
 * German by default.
 */
public interface Labelled {

  /** The German label. */
  String germanLabel();

  /** The English label. */
  String englishLabel();

  /** The label in the given locale: English for language {@code en}, German otherwise. */
  default String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? englishLabel() : germanLabel();
  }
}
