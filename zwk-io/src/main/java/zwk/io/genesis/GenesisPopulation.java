// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zwk.model.diagnostic.Diagnostic;
import zwk.profile.population.PopulationTable;

/**
 * A GENESIS population export read by {@link GenesisReader#readPopulation}: the population table,
 * the region names the file gives, the table code and title, and the reader's warnings (e.g. U+FFFD
 * characters from an earlier broken conversion).
 */
public final class GenesisPopulation {
  private final PopulationTable table;
  private final Map<String, String> names;
  private final Optional<String> tableCode;
  private final Optional<String> title;
  private final List<Diagnostic> warnings;

  GenesisPopulation(PopulationTable table, Map<String, String> names, Optional<String> tableCode,
      Optional<String> title, List<Diagnostic> warnings) {
    this.table = table;
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    this.tableCode = tableCode;
    this.title = title;
    this.warnings = List.copyOf(warnings);
  }

  /** The population table. */
  public PopulationTable table() {
    return table;
  }

  /**
   * Region names by key (canonical AGS where the key is one), as the file first gives them, in file
   * order; also for regions left out of the table (another variable or nationality).
   */
  public Map<String, String> names() {
    return names;
  }

  /** The table code ({@code 12411-0018}), when the file gives one. */
  public Optional<String> tableCode() {
    return tableCode;
  }

  /** The title lines, when the file gives them. */
  public Optional<String> title() {
    return title;
  }

  /**
   * Warnings of the reader in the order found, typed ({@link GenesisDiagnostic}); render them with
   * {@link Diagnostic#message(java.util.Locale)}.
   */
  public List<Diagnostic> warnings() {
    return warnings;
  }
}
