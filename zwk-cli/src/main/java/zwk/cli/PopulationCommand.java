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
import zwk.io.csv.CsvByteWriter;
import zwk.io.csv.CsvExportProfile;
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
  /** Bytes of CSV per part formatted at once. */
  private static final long PART_BYTES = 1L << 20;
  /**
   * The default's cap: one thread writes every part, so extra formatters eventually wait for it;
   * only 2 cores were measured (docs/performance.md), and {@code --threads} goes beyond the cap.
   */
  private static final int MAX_DEFAULT_THREADS = 4;

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

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads, die die CSV-Zeilen formatieren (Standard: Anzahl der Prozessoren, höchstens 4); die "
          + "Ausgabe hängt nicht davon ab / threads formatting the CSV rows (default: the number of processors, "
          + "at most 4); the output does not depend on it.")
  int threads = Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors());

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new CliInputException("--threads: expected at least 1, got " + threads);
    }
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
      write(t, input, csv.bytes(), o.stream(), csvProfile);
      csv.close();
      o.commit();
    }
    return ExitCodes.OK;
  }

  /**
   * The rows, in parts of whole regions of about {@value #PART_BYTES} bytes, formatted on
   * {@code --threads} threads and written in order (the bytes do not depend on the thread count).
   */
  private void write(PopulationTable t, PopulationInput input, CsvByteWriter w, OutputStream out,
      Optional<CsvExportProfile> csvProfile) {
    PopulationRows rows = new PopulationRows(t, input, locale(), w, csvProfile);
    int regions = rows.regions();
    // about 100 bytes a row
    int perPart = (int) Math.max(1, Math.min(regions, PART_BYTES / Math.max(1L, 100L * rows.rowsPerRegion())));
    int parts = (regions + perPart - 1) / perPart;
    OrderedParts.write(parts, threads, w, out, (p, pw) -> {
      for (int r = p * perPart, end = Math.min(regions, r + perPart); r < end; r++) {
        rows.region(r, pw);
      }
    });
  }
}
