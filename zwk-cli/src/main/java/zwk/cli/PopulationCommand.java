// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zwk.io.csv.CsvByteWriter;
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
    try (CommandOutput o = openOutput(output); CsvOutput csv = CsvOutput.open(o.stream(), csvProfile)) {
      csv.header(HEADER);
      write(t, input, csv.bytes(), csvProfile);
      csv.close();
      o.commit();
    }
    return ExitCodes.OK;
  }

  /**
   * The rows. Every cell but the count is one of a few values: encoded once (a region's key and
   * name, a date, sex and band together, a state), so that a row is four copies and the digits of
   * the count (10 million rows for all municipalities over 20 dates).
   */
  private void write(PopulationTable t, PopulationInput input, CsvByteWriter w, Optional<CsvExportProfile> csvProfile) {
    Sex[] sexes = {Sex.MALE, Sex.FEMALE, Sex.TOTAL};
    int nb = t.bands().size();
    byte[][] sexBand = new byte[3 * nb][];
    for (int s = 0; s < 3; s++) {
      for (int b = 0; b < nb; b++) {
        AgeBand band = t.bands().band(b);
        CsvCell to = band.to().isPresent() ? CsvCell.raw(Integer.toString(band.to().getAsInt())) : CsvCell.empty();
        sexBand[s * nb + b] = w.encode(List.of(CsvCell.raw(sexes[s].code()), CsvCell.raw(Integer.toString(band.from())), to), 3);
      }
    }
    byte[][] dateCells = new byte[t.dates().size()][];
    for (int d = 0; d < dateCells.length; d++) {
      dateCells[d] = w.encode(CsvValues.date(t.dates().get(d), csvProfile), 2);
    }
    byte[][] stateCells = new byte[ValueState.values().length][];
    for (ValueState v : ValueState.values()) {
      stateCells[v.ordinal()] = w.encode(CsvCell.raw(CsvValues.state(v)), 7);
    }
    byte[] number = stateCells[ValueState.NUMBER.ordinal()];
    boolean complete = t.isComplete();
    for (int r = 0; r < t.regions().size(); r++) {
      String key = t.regions().get(r);
      byte[] keyName = w.encode(List.of(CsvCell.raw(key), CsvCell.text(input.name(key, locale()))), 0);
      for (int d = 0; d < dateCells.length; d++) {
        byte[] date = dateCells[d];
        for (int s = 0; s < 3; s++) {
          for (int b = 0; b < nb; b++) {
            if (complete) {
              w.encoded(keyName, 2).encoded(date).encoded(sexBand[s * nb + b], 3).integer(t.count(r, d, sexes[s], b))
                  .encoded(number).endRow();
              continue;
            }
            Optional<ValueState> state = t.state(r, d, sexes[s], b);
            if (state.isEmpty()) {
              continue; // the source has no such cell (e.g. a table of totals only)
            }
            w.encoded(keyName, 2).encoded(date).encoded(sexBand[s * nb + b], 3);
            // a count is a whole number >= 0: its digits are exact without BigDecimal
            if (state.get().isNumeric()) {
              w.integer(t.count(r, d, sexes[s], b));
            } else {
              w.empty();
            }
            w.encoded(stateCells[state.get().ordinal()]).endRow();
          }
        }
      }
    }
  }
}
