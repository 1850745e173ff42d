// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.util.Optional;
import picocli.CommandLine.Option;
import zwk.io.csv.CsvExportProfile;

/**
 * The {@code --profile} option of the commands that write the command line's CSV contract
 * ({@code population}, {@code indicators}).
 */
public final class CsvProfileOption {

  @Option(names = "--profile", paramLabel = "default|standard|excel-de|semicolon",
      description = "CSV-Profil / CSV profile: default = semicolon (; and decimal point), standard (, and decimal point), "
          + "excel-de (BOM, ; and decimal comma, CRLF).")
  String profile;

  /**
   * The chosen zwk-io profile; empty for the contract layout.
   *
   * @throws CliInputException for an unknown name
   */
  Optional<CsvExportProfile> value() {
    return CsvOutput.profile(profile);
  }
}
