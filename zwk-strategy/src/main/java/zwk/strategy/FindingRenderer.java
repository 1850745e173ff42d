// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import zwk.model.common.Labelled;
import zwk.model.stage.StrategyStage;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.Messages;
import zwk.strategy.rule.Rule;
import zwk.strategy.rule.RuleSet;

/**
 * The engine's {@link FindingSink}: turns what rules report into {@link Finding}s with the rule
 * set's severity and messages in one locale. Not thread-safe; one per validation.
 */
final class FindingRenderer {
  private final RuleSet ruleSet;
  private final Locale locale;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<Rule, ResourceBundle> bundles = new HashMap<>();

  FindingRenderer(RuleSet ruleSet, Locale locale) {
    this.ruleSet = ruleSet;
    this.locale = locale;
  }

  /** The sink for one rule. */
  FindingSink sinkFor(Rule rule) {
    return path -> new Report(rule, path);
  }

  List<Finding> findings() {
    return findings;
  }

  /** The language tag the messages are written in: {@code en} or {@code de}. */
  static String language(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? "en" : "de";
  }

  private final class Report implements FindingSink.Report {
    private final Rule rule;
    private final String path;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Map<String, String> shown = new HashMap<>();
    private String variant;
    private String actionField;
    private StrategyStage stage;

    Report(Rule rule, String path) {
      this.rule = rule;
      this.path = path;
      this.stage = rule.stage();
    }

    @Override
    public FindingSink.Report param(String name, Object value) {
      params.put(name, normalise(value));
      shown.put(name, display(value, locale));
      return this;
    }

    @Override
    public FindingSink.Report param(String name, Object value, Labelled label) {
      params.put(name, normalise(value));
      shown.put(name, label == null ? display(value, locale) : label.label(textLocale(locale)));
      return this;
    }

    @Override
    public FindingSink.Report variant(String v) {
      this.variant = v;
      return this;
    }

    @Override
    public FindingSink.Report actionField(String id) {
      this.actionField = id;
      return this;
    }

    @Override
    public FindingSink.Report stage(StrategyStage s) {
      this.stage = s;
      return this;
    }

    @Override
    public void emit() {
      ResourceBundle bundle = bundles.computeIfAbsent(rule, r -> r.messages(locale));
      findings.add(Finding.builder()
          .ruleId(rule.id())
          .severity(ruleSet.severity(rule.id()))
          .path(path)
          .message(Messages.format(text(bundle, "message", rule.id()), shown))
          .hint(Messages.format(text(bundle, "hint", ""), shown))
          .parameters(params)
          .stage(Optional.ofNullable(stage))
          .actionFieldId(Optional.ofNullable(actionField))
          .build());
    }

    private String text(ResourceBundle bundle, String kind, String fallback) {
      String base = Messages.template(bundle, rule.id() + "." + kind, fallback);
      return variant == null ? base : Messages.template(bundle, rule.id() + "." + variant + "." + kind, base);
    }
  }

  /** English for language {@code en}, else German: the two languages of messages and labels. */
  static Locale textLocale(Locale locale) {
    return "en".equals(language(locale)) ? Locale.ENGLISH : Locale.GERMAN;
  }

  /**
   * The text of a parameter value in a message: labels of {@link Labelled} values in the locale,
   * dates as {@code 01.03.2022} (German) or {@code 2022-03-01} (English), decimal numbers with the
   * locale's grouping and decimal separator and their scale ({@code 12.016,42} / {@code 12,016.42}),
   * integers plain (years, counts), lists joined with {@code ", "}, anything else as its data text.
   */
  static String display(Object v, Locale locale) {
    Locale l = textLocale(locale);
    if (v instanceof Labelled) {
      return ((Labelled) v).label(l);
    }
    if (v instanceof Collection) {
      List<String> parts = new ArrayList<>();
      for (Object o : (Collection<?>) v) {
        parts.add(display(o, l));
      }
      return String.join(", ", parts);
    }
    if (v instanceof LocalDate) {
      return l == Locale.ENGLISH ? v.toString() : GERMAN_DATE.format((LocalDate) v);
    }
    if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      if (d.scale() > 10 || d.precision() - d.scale() > 30) {
        return d.toString();
      }
      int scale = Math.max(0, d.scale());
      NumberFormat f = NumberFormat.getNumberInstance(l == Locale.ENGLISH ? Locale.UK : Locale.GERMANY);
      f.setGroupingUsed(true);
      f.setMinimumFractionDigits(scale);
      f.setMaximumFractionDigits(scale);
      return f.format(d);
    }
    return Messages.text(normalise(v));
  }

  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMANY);

  /**
   * Parameter values as JSON-friendly data that a JSON round trip gives back equal (see
   * {@link Finding}): dates as ISO text, enums as constant names, integral numbers of any type as
   * Integer (int range), Long (long range) or else BigDecimal (scale 0, or its own non-positive
   * scale beyond 19 digits), other numbers as BigDecimal with their scale (doubles through
   * {@link BigDecimal#valueOf(double)}), NaN and infinities as text, lists of those; anything else
   * as its text.
   */
  static Object normalise(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Enum) {
      return ((Enum<?>) v).name();
    }
    if (v instanceof TemporalAccessor) {
      return v.toString();
    }
    if (v instanceof Collection) {
      List<Object> list = new ArrayList<>();
      for (Object o : (Collection<?>) v) {
        list.add(normalise(o));
      }
      return List.copyOf(list);
    }
    if (v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      // NaN and infinities have no JSON number form: kept as text.
      if (!Double.isFinite(d)) {
        return v.toString();
      }
      v = BigDecimal.valueOf(d);
    } else if (v instanceof Number && !(v instanceof BigDecimal)) {
      try {
        v = new BigDecimal(v.toString());
      } catch (NumberFormatException e) {
        return v.toString();
      }
    }
    if (v instanceof BigDecimal) {
      // Integral numbers get one type per range (Integer, Long, else BigDecimal with scale 0), as
      // zwk-io reads them back from JSON, so that a report survives a JSON round trip equal.
      BigDecimal d = (BigDecimal) v;
      // Beyond 19 digits (and so beyond long) the value is kept as it is: no giant expansion.
      if (d.scale() > 0 || d.precision() - d.scale() > 19) {
        return d;
      }
      BigDecimal integral = d.setScale(0);
      int bits = integral.unscaledValue().bitLength();
      if (bits < 32) {
        return integral.intValueExact();
      }
      return bits < 64 ? (Object) integral.longValueExact() : integral;
    }
    return v.toString();
  }
}
