// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Labels and number formats of the report in its language (German default, English). */
final class ReportFormat {
  private final Locale locale;
  private final ResourceBundle labels;

  ReportFormat(Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    this.locale = english ? Locale.ENGLISH : Locale.GERMAN;
    // Locale.ROOT selects the German base bundle without falling back to the JVM's default locale
    // (no ResourceBundle.Control: getBundle with a control throws in a named module)
    this.labels = ResourceBundle.getBundle("zwk.report.labels", english ? Locale.ENGLISH : Locale.ROOT);
  }

  Locale locale() {
    return locale;
  }

  /** The label for {@code key}; the key itself if the bundle lacks it (never an exception on a page). */
  String label(String key) {
    try {
      return labels.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** A count with thousands separators. */
  String count(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** A value with one decimal. */
  String decimal(double v) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    return f.format(v);
  }

  /** A date, {@code 31.12.2018} (de) or {@code 2018-12-31} (en). */
  String date(LocalDate d) {
    return locale.equals(Locale.ENGLISH) ? d.toString() : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(d);
  }
}
