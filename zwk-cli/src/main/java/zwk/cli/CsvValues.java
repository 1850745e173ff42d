// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.model.statistics.ValueState;

/** Cell values of the command line's CSV contract. */
final class CsvValues {
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private CsvValues() {}

  /** A date: ISO {@code 2018-12-31}, or {@code 31.12.2018} under excel-de. */
  static CsvCell date(LocalDate d, Optional<CsvExportProfile> profile) {
    if (d == null) {
      return CsvCell.empty();
    }
    return CsvCell.raw(profile.filter(p -> p == CsvExportProfile.EXCEL_DE).isPresent() ? d.format(GERMAN_DATE)
        : d.toString());
  }

  /** A value rounded half-up to {@code precision} decimals (the way official tables round). */
  static CsvCell decimal(double value, int precision) {
    return HalfUp.cell(value, precision);
  }

  /** The state column: {@code number}, {@code zero}, {@code unknown}, {@code not_applicable}, … */
  static String state(ValueState s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
