// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.util.Locale;
import java.util.ResourceBundle;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.diagnostic.DiagnosticCode;

/**
 * Codes of the warnings a flat-table CSV import reports in {@link ImportResult#warnings()}. The
 * names are API; texts come from the bundle {@code zwk/io/table/diagnostics} (German base,
 * English).
 */
public enum TableDiagnostic implements DiagnosticCode {
  /**
   * A header cell names no column of the table; the column was ignored. Parameters {@code column}
   * (1-based index, Integer) and {@code name} (the header text, at most 64 characters).
   */
  UNKNOWN_COLUMN,
  /**
   * A note of the Decidim Accountability import on what has no place of its own in a measure and
   * where it was kept (e.g. in the measure's external record), or what was derived (a status from
   * the progress). Parameter {@code note}: the importer's text (English).
   */
  DECIDIM_NOTE;

  @Override
  public Diagnostic.Severity severity() {
    return Diagnostic.Severity.WARNING;
  }

  @Override
  public String template(Locale locale) {
    return DiagnosticCode.fromBundle(this, locale, l -> ResourceBundle.getBundle("zwk.io.table.diagnostics", l));
  }
}
