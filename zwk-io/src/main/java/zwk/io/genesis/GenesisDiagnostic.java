// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.util.Locale;
import java.util.ResourceBundle;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.diagnostic.DiagnosticCode;

/**
 * Codes of the warnings the GENESIS reader reports in {@link zwk.model.statistics.StatisticsTable#warnings()}
 * and {@link GenesisPopulation#warnings()}. The names are API; texts come from the bundle
 * {@code zwk/io/genesis/diagnostics} (German base, English).
 */
public enum GenesisDiagnostic implements DiagnosticCode {
  /**
   * The text holds U+FFFD replacement characters (<em>Ersatzzeichen</em>), the trace of an earlier
   * broken conversion: umlauts in labels are lost, the numbers were still read. Location: the file
   * and the line of the first one (column 0). Parameters {@code count} (Long, how many in the whole
   * file) and {@code line} (Long, 1-based line of the first).
   */
  REPLACEMENT_CHARACTERS;

  @Override
  public Diagnostic.Severity severity() {
    return Diagnostic.Severity.WARNING;
  }

  @Override
  public String template(Locale locale) {
    return DiagnosticCode.fromBundle(this, locale, l -> ResourceBundle.getBundle("zwk.io.genesis.diagnostics", l));
  }
}
