package zwk.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import zwk.io.genesis.GenesisReader;
import zwk.model.region.Ags;
import zwk.model.region.FederalState;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;

/**
 * A GENESIS population export read for a command: the long table (zwk-io), the population table
 * built from it (zwk-profile) and the region names the file gives.
 */
final class PopulationInput {
  private final StatisticsTable statistics;
  private final PopulationTable table;
  private final Map<String, String> names;

  private PopulationInput(StatisticsTable statistics, PopulationTable table, Map<String, String> names) {
    this.statistics = statistics;
    this.table = table;
    this.names = names;
  }

  /**
   * Reads {@code file}.
   *
   * @param options {@code --scale-thousands} and {@code --nationality}
   * @throws zwk.io.csv.CsvFormatException located, when the file is malformed
   * @throws IllegalArgumentException with the file and line, when a record cannot be a population count
   */
  static PopulationInput read(Path file, ImportOptions options) {
    StatisticsTable st = GenesisReader.read(file);
    PopulationTable t;
    try {
      t = PopulationTables.fromStatistics(st, options.toImport());
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
      throw e;
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (StatisticsRecord r : st.records()) {
      names.putIfAbsent(r.ags().map(Ags::code).orElse(r.regionKey()), r.regionName());
    }
    return new PopulationInput(st, t, names);
  }

  /** The long table as read. */
  StatisticsTable statistics() {
    return statistics;
  }

  /** The population table. */
  PopulationTable table() {
    return table;
  }

  /**
   * The name of a region: as the file gives it, else the Land's or Germany's name for keys that
   * aggregation produced, else empty.
   */
  String name(String key, java.util.Locale locale) {
    String n = names.get(key);
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
