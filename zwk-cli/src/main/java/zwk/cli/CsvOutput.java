// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import zwk.io.csv.CsvByteWriter;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvTableWriter;

/**
 * The CSV the commands write, always through zwk-io's {@link CsvByteWriter} (the bytes of
 * {@link CsvTableWriter}, FastCSV's rules; formula guard on text cells). Without {@code --profile} it is the command line's documented contract,
 * {@link CsvExportProfile#SEMICOLON}: UTF-8 without BOM, semicolon, decimal point, LF.
 * {@code --profile standard} and {@code --profile excel-de} select the other zwk-io profiles
 * (excel-de: BOM, semicolon, decimal comma, CRLF).
 */
final class CsvOutput implements AutoCloseable {
  private final CsvByteWriter writer;

  private CsvOutput(CsvByteWriter writer) {
    this.writer = writer;
  }

  /**
   * Opens a CSV output on {@code out} (which stays open).
   *
   * @param profile empty for the contract layout, else a zwk-io profile
   */
  static CsvOutput open(OutputStream out, Optional<CsvExportProfile> profile) {
    return new CsvOutput(new CsvByteWriter(out, profile.orElse(CsvExportProfile.SEMICOLON)));
  }

  /**
   * Parses {@code --profile}: absent or {@code default} is the contract layout; {@code standard},
   * {@code excel-de} and {@code semicolon} are zwk-io's profiles.
   *
   * @throws CliInputException for any other name
   */
  static Optional<CsvExportProfile> profile(String name) {
    if (name == null || name.equalsIgnoreCase("default")) {
      return Optional.empty();
    }
    try {
      return Optional.of(CsvExportProfile.parse(name));
    } catch (IllegalArgumentException e) {
      throw new CliInputException("--profile: expected default, standard, excel-de or semicolon, got '"
          + CsvFormatException.clip(name) + "'");
    }
  }

  /** Writes the header (names are guarded like text). */
  void header(List<String> names) {
    writer.header(names);
  }

  /** Writes a row. */
  void row(List<CsvCell> cells) {
    for (CsvCell c : cells) {
      writer.cell(c);
    }
    writer.endRow();
  }

  /**
   * The byte writer underneath, for tables of millions of rows: cells that repeat encoded once
   * ({@link CsvByteWriter#encode}), numbers written as digits.
   */
  CsvByteWriter bytes() {
    return writer;
  }

  /** Flushes; the stream stays open. */
  @Override
  public void close() {
    writer.close();
  }
}
