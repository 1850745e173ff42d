// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.util.Locale;
import java.util.ResourceBundle;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.diagnostic.DiagnosticCode;

/**
 * Codes of the differences {@link PopulationTables#compareTotals} reports. The names are API;
 * texts come from the bundle {@code zwk/profile/population/diagnostics} (German base, English).
 */
public enum TotalsDiagnostic implements DiagnosticCode {
  /** The two tables have different age bands; nothing else was compared. Parameters {@code computed}, {@code known} (the band sets). */
  BANDS_DIFFER,
  /**
   * A cell's parts do not add up to the known total. Parameters {@code region} (key),
   * {@code date} ({@link java.time.LocalDate}), {@code sex} ({@link zwk.model.statistics.Sex}),
   * {@code band} ({@link zwk.model.statistics.AgeBand}), {@code computed} and {@code known}
   * (Integer counts).
   */
  TOTAL_DIFFERS;

  @Override
  public Diagnostic.Severity severity() {
    return Diagnostic.Severity.WARNING;
  }

  @Override
  public String template(Locale locale) {
    return DiagnosticCode.fromBundle(this, locale, l -> ResourceBundle.getBundle("zwk.profile.population.diagnostics", l));
  }
}
