// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zwk.profile.similarity.Standardisation;

/**
 * The options that build the comparison set of {@code peers}, {@code types}, {@code recommend} and
 * the peers of {@code profile}: the population file, the register, the date, the profile vector
 * (features and weights) and its standardisation.
 */
final class SimilarityOptions {

  @Option(names = "--population", required = true, paramLabel = "FILE",
      description = "GENESIS-Bevölkerungsexport / GENESIS population export.")
  Path population;

  @Option(names = "--register", paramLabel = "FILE",
      description = "Gemeindeverzeichnis (GV-ISys) für Name, Typ, Größe und Dichte / register for name, type, size and density.")
  Path register;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Stichtag / reference date (default: the latest in the file).")
  LocalDate date;

  @Option(names = "--features", split = ",", paramLabel = "ID",
      description = "Merkmale des Profilvektors / features of the profile vector (default: all of the documented default set).")
  List<String> features = new ArrayList<>();

  @Option(names = "--weight", paramLabel = "ID=W",
      description = "Gewicht eines Merkmals / weight of a feature (default 1), repeatable, e.g. --weight log_density=2.")
  List<String> weights = new ArrayList<>();

  @Option(names = "--standardise", paramLabel = "z|robust", defaultValue = "z",
      description = "Standardisierung / standardisation: z (z-score, default) or robust (median and MAD).")
  String standardise;

  @Mixin
  ImportOptions importOptions;

  /** The standardisation named by {@code --standardise}. */
  Standardisation standardisation() {
    switch (standardise.strip().toLowerCase(Locale.ROOT)) {
      case "z":
      case "zscore":
      case "z-score":
        return Standardisation.Z_SCORE;
      case "robust":
        return Standardisation.ROBUST;
      default:
        throw new CliInputException("--standardise: expected z or robust, got '" + zwk.io.csv.CsvFormatException.clip(standardise)
            + "'");
    }
  }
}
