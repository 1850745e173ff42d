// SPDX-License-Identifier: Apache-2.0
package zwk.profile.recommend;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Reason texts from the bundle {@code zwk.profile.recommend.texts}; user text only ever as a parameter. */
final class Texts {
  private Texts() {}

  static String de(String key, Object... params) {
    return format(Locale.GERMAN, key, params);
  }

  static String en(String key, Object... params) {
    return format(Locale.ENGLISH, key, params);
  }

  static String format(Locale locale, String key, Object... params) {
    boolean en = "en".equals(locale.getLanguage());
    ResourceBundle b = ResourceBundle.getBundle("zwk.profile.recommend.texts", en ? Locale.ENGLISH : Locale.ROOT); // ROOT = German base, no JVM-default fallback; no Control (throws in a named module)
    return new MessageFormat(b.getString(key), en ? Locale.ENGLISH : Locale.GERMAN).format(params);
  }

  static String number(double v, Locale locale) {
    return String.format("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMANY, "%.2f", v);
  }
}
