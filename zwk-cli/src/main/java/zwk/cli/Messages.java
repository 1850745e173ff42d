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
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("zwk.cli.messages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The messages in {@code locale} (English for {@code en}, German otherwise). */
  public static Messages of(Locale locale) {
    return new Messages("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
  }

  /** The message {@code key} with its parameters filled in. */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
