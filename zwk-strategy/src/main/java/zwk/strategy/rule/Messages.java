// SPDX-License-Identifier: Apache-2.0
package zwk.strategy.rule;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import zwk.model.diagnostic.Diagnostic;

/**
 * Message bundles and the one template formatter of zwk-strategy (docs/design.md rule 5).
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
   *
   * <p>No {@link ResourceBundle.Control}: {@code getBundle} with a control throws in a named module,
   * so the fallback is undone by hand. On the module path, pass the class loader of the module that
   * holds the bundle (zwk-strategy's own bundle is found from this module).
   */
  public static ResourceBundle bundle(String baseName, @Nullable Locale locale, ClassLoader loader) {
    // Locale.ROOT selects the German base bundle and never falls back to the JVM's default locale
    Locale target = locale == null || "de".equals(locale.getLanguage()) ? Locale.ROOT : locale;
    ResourceBundle b = ResourceBundle.getBundle(baseName, target, loader);
    if (!target.equals(Locale.ROOT) && !b.getLocale().getLanguage().equals(target.getLanguage())) {
      // no bundle for the language: getBundle fell back to the JVM's default locale; use German
      b = ResourceBundle.getBundle(baseName, Locale.ROOT, loader);
    }
    return b;
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
    Map<String, String> shown = new HashMap<>();
    parameters.forEach((name, value) -> shown.put(name, text(value)));
    return Diagnostic.format(template, shown);
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
