// SPDX-License-Identifier: Apache-2.0
package zwk.profile.reason;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import zwk.model.common.Labelled;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.ValueState;

/**
 * Renders {@link Reason}s from the bundle {@code zwk/profile/reasons} (German base, English). One
 * left-to-right pass replaces {@code {name}} placeholders and never looks at inserted text again,
 * so a parameter such as {@code ${1+1}} or {@code {age}} appears verbatim.
 */
final class ReasonTexts {
  static final String BUNDLE = "zwk.profile.reasons";
  /** Band lists longer than this are shortened to first, second, …, last and the count. */
  static final int MAX_LISTED_BANDS = 12;
  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private ReasonTexts() {}

  /** The bundle: English for language {@code en}; otherwise the German base bundle (never the JVM default). */
  static ResourceBundle bundle(Locale locale) {
    // Locale.ROOT selects the base bundle without falling back to the JVM's default locale
    return ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ENGLISH : Locale.ROOT);
  }

  static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  static String render(Reason r, Locale locale) {
    ResourceBundle b = bundle(locale);
    Map<String, Object> shown = new java.util.HashMap<>();
    for (Map.Entry<String, Object> e : r.parameters().entrySet()) {
      shown.put(e.getKey(), display(e.getValue(), b, locale));
    }
    String text = format(b.getString(r.code().name()), shown);
    List<ReasonContext> ctx = r.context();
    for (int i = ctx.size() - 1; i >= 0; i--) {
      ReasonContext c = ctx.get(i);
      String label = c.date().isPresent() ? date(c.date().get(), locale) : b.getString("part." + c.part().name());
      text = format(b.getString("context"), Map.of("context", label, "reason", text));
    }
    return text;
  }

  private static String display(Object v, ResourceBundle b, Locale locale) {
    if (v instanceof List && !((List<?>) v).isEmpty() && ((List<?>) v).get(0) instanceof AgeBand) {
      return bands((List<?>) v, b, locale);
    }
    if (v instanceof ValueState) {
      ValueState s = (ValueState) v;
      return format(b.getString("state"), Map.of("symbol", s.symbol(), "meaning", b.getString("state." + s.name())));
    }
    if (v instanceof Labelled) {
      return ((Labelled) v).label(english(locale) ? Locale.ENGLISH : Locale.GERMAN);
    }
    if (v instanceof LocalDate) {
      return date((LocalDate) v, locale);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Double) {
      return number(((Number) v).doubleValue(), v instanceof Double, locale);
    }
    return String.valueOf(v);
  }

  private static String bands(List<?> bands, ResourceBundle b, Locale locale) {
    StringBuilder s = new StringBuilder("[");
    if (bands.size() > MAX_LISTED_BANDS) {
      s.append(bands.get(0)).append(", ").append(bands.get(1)).append(", … ").append(bands.get(bands.size() - 1)).append("] ");
      s.append(format(b.getString("bands.count"), Map.of("count", number(bands.size(), false, locale))));
      return s.toString();
    }
    for (int i = 0; i < bands.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(bands.get(i));
    }
    return s.append(']').toString();
  }

  static String date(LocalDate d, Locale locale) {
    return english(locale) ? d.toString() : GERMAN_DATE.format(d);
  }

  private static String number(double v, boolean fraction, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(english(locale) ? Locale.UK : Locale.GERMANY);
    f.setGroupingUsed(true);
    f.setMaximumFractionDigits(fraction ? 6 : 0);
    return f.format(v);
  }

  /** Replaces {@code {name}} placeholders in one pass; unknown placeholders stay as they are. */
  static String format(String template, Map<String, ?> parameters) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i + 1);
        if (close > i && parameters.containsKey(template.substring(i + 1, close))) {
          out.append(parameters.get(template.substring(i + 1, close)));
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
