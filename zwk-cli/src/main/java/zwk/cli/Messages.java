// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's own messages from the bundle {@code zwk/cli/messages} (German default,
 * English). Arguments (file names, user text) are inserted as parameters, never parsed as patterns.
 */
public final class Messages {
  private final ResourceBundle bundle;
  /** The language of the numbers in the messages: 1.505 in German, 1,505 in English. */
  private final Locale locale;

  private Messages(Locale bundleLocale, Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("zwk.cli.messages", bundleLocale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The messages in {@code locale} (English for {@code en}, German otherwise); numbers in them are
   * formatted in that language. (The German bundle is the base bundle, found under the root
   * locale; formatting with the root locale would group digits the English way.)
   */
  public static Messages of(Locale locale) {
    return "en".equals(locale.getLanguage()) ? new Messages(Locale.ENGLISH, Locale.ENGLISH)
        : new Messages(Locale.ROOT, Locale.GERMAN);
  }

  /** The message {@code key} with its parameters filled in. */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
