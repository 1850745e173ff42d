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
    if (parquet && profile.value().isPresent()) {
      throw new CliInputException("--profile applies to CSV only; --format parquet has one layout");
    }
    return parquet;
  }
}
