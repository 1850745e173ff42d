// SPDX-License-Identifier: Apache-2.0
package zwk.profile.typology;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The words of type names, from the bundle {@code zwk.profile.typology.texts} (German default, English). */
final class TypologyTexts {
  private TypologyTexts() {}

  static String typeName(int number, List<RegionType.Trait> traits, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    ResourceBundle b = ResourceBundle.getBundle("zwk.profile.typology.texts", en ? Locale.ENGLISH : Locale.ROOT); // ROOT = German base, no JVM-default fallback; no Control (throws in a named module)
    String words = traits.isEmpty() ? b.getString("average")
        : traits.stream().limit(3).map(t -> new MessageFormat(b.getString(t.high() ? "high" : "low"), en ? Locale.ENGLISH : Locale.GERMAN)
            .format(new Object[] {en ? t.englishName() : t.germanName()})).collect(Collectors.joining(", "));
    return new MessageFormat(b.getString("type"), en ? Locale.ENGLISH : Locale.GERMAN).format(new Object[] {String.valueOf(number), words});
  }
}
