// SPDX-License-Identifier: Apache-2.0
package zwk.model.diagnostic;

import java.util.Locale;
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
 *   return ResourceBundle.getBundle("zwk.io.table.diagnostics",
 *       Diagnostic.isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT).getString(name());
 * }
 * }</pre>
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
}
