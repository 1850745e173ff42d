// SPDX-License-Identifier: Apache-2.0
package zwk.model.diagnostic;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The stable, locale-independent code of a {@link Diagnostic}, usually a constant of an enum in the
 * module that reports it (e.g. {@code zwk.io.table.TableDiagnostics}). Programs test the code;
 * people read {@link Diagnostic#message(Locale)}.
 *
 * <p>An implementation loads its templates from its own module's resource bundle (German base,
 * English {@code _en}), so that bundles stay encapsulated in their modules:
 *
 * <pre>{@code
 * public String template(Locale locale) {
 *   return DiagnosticCode.fromBundle(this, locale, l -> ResourceBundle.getBundle("zwk.io.table.diagnostics", l));
 * }
 * }</pre>
 *
 * <p>The lambda calls {@link ResourceBundle#getBundle(String, Locale)} in the reporting module's own
 * code, so that the module system finds the bundle in that module ({@link #fromBundle} only picks
 * the locale and the key).
 */
public interface DiagnosticCode {

  /** The code, e.g. {@code UNKNOWN_COLUMN}; never changes once released. */
  String name();

  /** The severity a diagnostic of this code has. */
  Diagnostic.Severity severity();

  /**
   * The message template for the locale, with named placeholders {@code {name}} for the
   * diagnostic's parameters: English for language {@code en}, German otherwise.
   *
   * @param locale the language; {@code null} means German
   * @return the template
   */
  String template(@Nullable Locale locale);

  /**
   * The shared implementation of {@link #template(Locale)} for codes whose templates are the
   * entries of a properties bundle under the code's {@link #name()}: the English bundle
   * ({@link Locale#ENGLISH}) for language {@code en}, else the German base bundle
   * ({@link Locale#ROOT}, so that the JVM's default locale never selects another language).
   *
   * @param code the code, whose name is the key
   * @param locale the language; {@code null} means German
   * @param bundles loads the bundle for {@link Locale#ENGLISH} or {@link Locale#ROOT}, in the
   *     reporting module (e.g. {@code l -> ResourceBundle.getBundle("zwk.io.genesis.diagnostics", l)})
   * @return the template
   * @throws java.util.MissingResourceException when the bundle lacks the code
   */
  static String fromBundle(DiagnosticCode code, @Nullable Locale locale, Function<Locale, ResourceBundle> bundles) {
    return bundles.apply(Diagnostic.isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT).getString(code.name());
  }
}
