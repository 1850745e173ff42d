package zwk.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

  @Override
  public Integer call() throws Exception {
    Optional<CsvExportProfile> csvProfile = profile.value();
    PopulationInput input;
    try (Progress p = progress("progress.reading", file)) {
      input = PopulationInput.read(file, importOptions);
    }
    input.statistics().warnings().forEach(w -> stderr().println("zwk: " + file + ": " + w));
    PopulationTable t = input.table();
    try (CommandOutput o = openOutput(output); CsvOutput csv = CsvOutput.open(o.stream(), csvProfile)) {
      csv.header(HEADER);
      for (int r = 0; r < t.regions().size(); r++) {
        String key = t.regions().get(r);
        CsvCell name = CsvCell.text(input.name(key, locale()));
        for (int d = 0; d < t.dates().size(); d++) {
          LocalDate date = t.dates().get(d);
          for (Sex sex : new Sex[] {Sex.MALE, Sex.FEMALE, Sex.TOTAL}) {
            for (int b = 0; b < t.bands().size(); b++) {
              Optional<ValueState> state = t.state(r, d, sex, b);
              if (state.isEmpty()) {
                continue; // the source has no such cell (e.g. a table of totals only)
              }
              AgeBand band = t.bands().band(b);
              List<CsvCell> row = new ArrayList<>(8);
              row.add(CsvCell.raw(key));
              row.add(name);
              row.add(CsvValues.date(date, csvProfile));
              row.add(CsvCell.raw(sex.code()));
              row.add(CsvCell.raw(Integer.toString(band.from())));
              row.add(band.to().isPresent() ? CsvCell.raw(Integer.toString(band.to().getAsInt())) : CsvCell.empty());
              row.add(state.get().isNumeric()
                  ? CsvCell.number(java.math.BigDecimal.valueOf(t.count(r, d, sex, b))) : CsvCell.empty());
              row.add(CsvCell.raw(CsvValues.state(state.get())));
              csv.row(row);
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
