// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --format csv|parquet} option of the commands that write a long table. */
final class TableFormatOption {
  @Option(names = "--format", paramLabel = "csv|parquet", defaultValue = "csv",
      description = "Ausgabeformat / output format: csv (default) or parquet (Apache Parquet: the same columns typed, "
          + "dates as dates, counts as int64, ratios as doubles at full precision; for R, pandas, polars, DuckDB; "
          + "--profile and --precision apply to CSV only).")
  String format;

  /**
   * Whether the output is Parquet; refuses an unknown format and a CSV profile given with Parquet.
   *
   * @throws CliInputException naming the option and the value
   */
  boolean parquet(CsvProfileOption profile) {
    boolean parquet = switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> false;
      case "parquet" -> true;
      default -> throw new CliInputException("--format: expected csv or parquet, got '"
          + zwk.io.csv.CsvFormatException.clip(format) + "'");
    };
    refuseProfile(parquet, profile);
    return parquet;
  }

  /**
   * Refuses a CSV profile given with Parquet output (also for {@code zwk project}, whose
   * {@code --format} has a third value, json, and is therefore its own option).
   *
   * @throws CliInputException when {@code parquet} and a profile is given
   */
  static void refuseProfile(boolean parquet, CsvProfileOption profile) {
    if (parquet && profile.value().isPresent()) {
      throw new CliInputException("--profile applies to CSV only; --format parquet has one layout");
    }
  }
}
