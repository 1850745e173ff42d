// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import zwk.io.genesis.GenesisPopulation;
import zwk.io.genesis.GenesisReader;
import zwk.model.region.FederalState;
import zwk.profile.population.PopulationTable;

/**
 * A GENESIS population export read for a command: the long table (zwk-io), the population table
 * built from it (zwk-profile) and the region names the file gives.
 */
final class PopulationInput {
  private final GenesisPopulation population;

  private PopulationInput(GenesisPopulation population) {
    this.population = population;
  }

  /**
   * Reads {@code file} straight into a population table ({@link GenesisReader#readPopulation}: no
   * record per cell).
   *
   * @param options {@code --scale-thousands}, {@code --nationality}, {@code --allow-unknown-age},
   *     {@code --variable}
   * @throws zwk.io.csv.CsvFormatException located, when the file is malformed
   * @throws IllegalArgumentException with the file and line, when a record cannot be a population count
   */
  static PopulationInput read(Path file, ImportOptions options) {
    try {
      return new PopulationInput(GenesisReader.readPopulation(file, options.toImport()));
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      if (!options.scaleThousands && m.contains("in thousands")) {
        throw new CliInputException(m + " (zwk: use --scale-thousands)");
      }
      if (!options.allowUnknownAge && m.contains("unknown age")) {
        throw new CliInputException(m + " (zwk: use --allow-unknown-age)");
      }
      if (options.nationality == null && m.contains("nationality")) {
        throw new CliInputException(m + " (zwk: use --nationality)");
      }
      if (options.variable == null && m.contains("expected a population table")) {
        throw new CliInputException(m + " (zwk: use --variable NAME to read it on purpose)");
      }
      throw e;
    }
  }

  /**
   * The reader's warnings (U+FFFD …) in the command's language ({@code --lang}; German by default),
   * the text the commands print on stderr after {@code zwk: FILE: } (docs/cli.md).
   *
   * @param locale the command's locale, {@link BaseCommand#locale()}
   */
  List<String> warnings(Locale locale) {
    return population.warnings().stream().map(w -> w.message(locale)).collect(Collectors.toList());
  }

  /** The population table. */
  PopulationTable table() {
    return population.table();
  }

  /**
   * The name of a region: as the file gives it, else the Land's or Germany's name for keys that
   * aggregation produced, else empty.
   */
  String name(String key, Locale locale) {
    String n = population.names().get(key);
    if (n != null) {
      return n;
    }
    if ("DG".equals(key)) {
      return "en".equals(locale.getLanguage()) ? "Germany" : "Deutschland";
    }
    Optional<FederalState> state = key.length() == 2 ? FederalState.findByCode(key) : Optional.empty();
    return state.map(s -> s.label(locale)).orElse("");
  }
}
