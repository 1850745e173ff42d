package zwk.strategy;

import java.math.BigDecimal;
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
          .message(Messages.format(text(bundle, "message", rule.id()), params))
          .hint(Messages.format(text(bundle, "hint", ""), params))
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

  /** Parameter values as JSON-friendly data: dates as ISO text, enums as names, lists of those. */
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
    // Integral numbers get one type per range (Integer, else Long), as zwk-io reads them back
    // from JSON, so that a report survives a JSON round trip equal.
    if (v instanceof BigDecimal && ((BigDecimal) v).scale() == 0 && ((BigDecimal) v).unscaledValue().bitLength() < 64) {
      v = ((BigDecimal) v).longValueExact();
    }
    if (v instanceof Long && (Long) v == ((Long) v).intValue()) {
      return ((Long) v).intValue();
    }
    if (v instanceof Integer || v instanceof Long || v instanceof BigDecimal || v instanceof Boolean
        || v instanceof String) {
      return v;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      // NaN and infinities have no JSON number form: kept as text.
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : v.toString();
    }
    if (v instanceof Number) {
      return new BigDecimal(v.toString());
    }
    return v.toString();
  }
}
