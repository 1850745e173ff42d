// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Human-readable numbers and dates in the chosen language (for text output, not for CSV). */
final class Formats {
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Locale locale;

  Formats(Locale locale) {
    this.locale = locale;
  }

  /** A count with thousands separators: {@code 9.185} (de) or {@code 9,185} (en). */
  String count(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** A number with {@code digits} decimals in the locale's style. */
  String decimal(double v, int digits) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    f.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return f.format(v);
  }

  /** A date: {@code 31.12.2021} (de) or ISO {@code 2021-12-31} (en). */
  String date(LocalDate d) {
    return "en".equals(locale.getLanguage()) ? d.toString() : GERMAN_DATE.format(d);
  }

  /** An optional date, or {@code –}. */
  String date(Optional<LocalDate> d) {
    return d.map(this::date).orElse("–");
  }
}
