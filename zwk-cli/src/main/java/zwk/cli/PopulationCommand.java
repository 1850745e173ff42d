// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.PopulationTable;

/**
 * {@code zwk population FILE}: reads a GENESIS population export and writes it as a long CSV table
 * {@code key;name;date;sex;age_from;age_to;value;state}, one row per region, date, sex (m, w, total)
 * and age band.
 */
@Command(name = "population", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Liest einen GENESIS-Bevölkerungsexport und schreibt ihn als lange CSV-Tabelle.",
        "Reads a GENESIS population export and writes it as a long CSV table:",
        "  key;name;date;sex;age_from;age_to;value;state",
        "sex m, w or total; age_to empty for an open band (75+); value empty unless state is number or zero;",
        "state number, zero (-), unknown (.), not_applicable (x), not_yet_available (...), uncertain (/)."})
final class PopulationCommand extends BaseCommand {
  /** The columns (a documented contract). */
  static final List<String> HEADER = List.of("key", "name", "date", "sex", "age_from", "age_to", "value", "state");

  @Parameters(index = "0", paramLabel = "FILE", description = "GENESIS-Export (CSV) / GENESIS export (CSV).")
  Path file;

  @Mixin
  CsvProfileOption profile;

  @Mixin
  ImportOptions importOptions;

  @Mixin
  OutputOption output;

  @Mixin
  TableFormatOption tableFormat;

  @Override
  public Integer call() throws Exception {
    boolean parquet = tableFormat.parquet(profile);
    Optional<CsvExportProfile> csvProfile = profile.value();
    PopulationInput input = readPopulation(file, importOptions);
    PopulationTable t = input.table();
    if (parquet) {
      try (CommandOutput o = openOutput(output)) {
        zwk.parquet.PopulationParquet.write(t, k -> input.name(k, locale()),
            java.util.Map.of("zwk.source", file.getFileName().toString(), "zwk.table", "population"), o.stream());
        o.commit();
      }
      return ExitCodes.OK;
    }
    // Every cell but the count is one of a few values: made once, not once per row (10 million rows
    // for all municipalities over 20 dates).
    Sex[] sexes = {Sex.MALE, Sex.FEMALE, Sex.TOTAL};
    CsvCell[] sexCells = new CsvCell[3];
    for (int s = 0; s < 3; s++) {
      sexCells[s] = CsvCell.raw(sexes[s].code());
    }
    CsvCell[] dateCells = new CsvCell[t.dates().size()];
    for (int d = 0; d < dateCells.length; d++) {
      dateCells[d] = CsvValues.date(t.dates().get(d), csvProfile);
    }
    CsvCell[] fromCells = new CsvCell[t.bands().size()];
    CsvCell[] toCells = new CsvCell[t.bands().size()];
    for (int b = 0; b < fromCells.length; b++) {
      AgeBand band = t.bands().band(b);
      fromCells[b] = CsvCell.raw(Integer.toString(band.from()));
      toCells[b] = band.to().isPresent() ? CsvCell.raw(Integer.toString(band.to().getAsInt())) : CsvCell.empty();
    }
    java.util.Map<ValueState, CsvCell> stateCells = new java.util.EnumMap<>(ValueState.class);
    for (ValueState v : ValueState.values()) {
      stateCells.put(v, CsvCell.raw(CsvValues.state(v)));
    }
    try (CommandOutput o = openOutput(output); CsvOutput csv = CsvOutput.open(o.stream(), csvProfile)) {
      csv.header(HEADER);
      CsvCell[] row = new CsvCell[8];
      List<CsvCell> rowList = java.util.Arrays.asList(row);
      for (int r = 0; r < t.regions().size(); r++) {
        String key = t.regions().get(r);
        row[0] = CsvCell.raw(key);
        row[1] = CsvCell.text(input.name(key, locale()));
        for (int d = 0; d < t.dates().size(); d++) {
          row[2] = dateCells[d];
          for (int s = 0; s < 3; s++) {
            row[3] = sexCells[s];
            for (int b = 0; b < t.bands().size(); b++) {
              Optional<ValueState> state = t.state(r, d, sexes[s], b);
              if (state.isEmpty()) {
                continue; // the source has no such cell (e.g. a table of totals only)
              }
              row[4] = fromCells[b];
              row[5] = toCells[b];
              // a count is a whole number >= 0: its decimal digits are exact without BigDecimal
              row[6] = state.get().isNumeric() ? CsvCell.raw(Integer.toString(t.count(r, d, sexes[s], b))) : CsvCell.empty();
              row[7] = stateCells.get(state.get());
              csv.row(rowList);
            }
          }
        }
      }
      csv.close();
      o.commit();
    }
    return ExitCodes.OK;
  }
}
