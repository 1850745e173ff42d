package zwk.strategy.rule;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Message bundles and the one template formatter of zwk-strategy (DESIGN.md rule 5).
 *
 * <p>Templates use named placeholders {@code {name}}. {@link #format} replaces each placeholder
 * with the parameter's text in a single left-to-right pass and never looks at the inserted text
 * again, so user text such as {@code ${1+1}}, {@code #{x}} or {@code {0}} appears verbatim and is
 * never evaluated. There is no Expression Language and no {@link java.text.MessageFormat}.
 */
public final class Messages {
  private Messages() {}

  /**
   * A bundle without falling back to the JVM's default locale: German (the base bundle) unless a
   * bundle for the requested language exists.
   */
  public static ResourceBundle bundle(String baseName, Locale locale, ClassLoader loader) {
    return ResourceBundle.getBundle(baseName, locale == null ? Locale.GERMAN : locale, loader,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The template for a key, or {@code fallback} when the bundle lacks it. */
  public static String template(ResourceBundle bundle, String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  /**
   * Replaces {@code {name}} placeholders with parameter values; unknown placeholders stay as they
   * are. Values are rendered by {@link #text(Object)}.
   */
  public static String format(String template, Map<String, ?> parameters) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i + 1);
        if (close > i) {
          String name = template.substring(i + 1, close);
          if (parameters.containsKey(name)) {
            out.append(text(parameters.get(name)));
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Text of a parameter value: plain numbers, lists joined with ", ", everything else as is. */
  public static String text(Object value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(Messages::text).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }
}
