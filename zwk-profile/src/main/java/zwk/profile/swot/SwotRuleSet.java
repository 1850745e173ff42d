// SPDX-License-Identifier: Apache-2.0
package zwk.profile.swot;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import zwk.model.catalogue.ActionField;
import zwk.model.catalogue.ActionFields;
import zwk.model.catalogue.TargetGroup;
import zwk.model.profile.SwotCategory;

/**
 * A versioned set of {@link ThresholdRule}s read from a rule file (Java properties, UTF-8): data,
 * not code. The default set is the class-path resource {@link #DEFAULT_RESOURCE}; its format is
 * described there and in {@code docs/indicators.md}. Every key of a rule is required except
 * {@code targetGroups}; an unknown key, basis, category, action field or target group is an error
 * that names the source and the key.
 */
public final class SwotRuleSet {
  /** The class-path resource of the default rule set. */
  public static final String DEFAULT_RESOURCE = "zwk/profile/swot/swot-rules.properties";
  /** The value of the {@code format} key. */
  public static final String FORMAT = "zwk.swot-rules";
  /** The rule-file version this class reads. */
  public static final int VERSION = 1;
  private static final Set<String> RULE_KEYS = Set.of("indicator", "basis", "direction", "threshold", "category",
      "actionFields", "targetGroups", "text.de", "text.en");
  private static final SwotRuleSet DEFAULTS = loadDefaults();

  private final String source;
  private final int version;
  private final List<ThresholdRule> rules;

  private SwotRuleSet(String source, int version, List<ThresholdRule> rules) {
    this.source = source;
    this.version = version;
    this.rules = List.copyOf(rules);
  }

  /** The default rule set (read once from {@link #DEFAULT_RESOURCE}). */
  public static SwotRuleSet defaults() {
    return DEFAULTS;
  }

  private static SwotRuleSet loadDefaults() {
    try (InputStream in = SwotRuleSet.class.getResourceAsStream("/" + DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource: expected " + DEFAULT_RESOURCE + " on the class path, got nothing");
      }
      return load(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(DEFAULT_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a rule file.
   *
   * @param source the name used in error messages (e.g. the file name)
   * @throws IllegalArgumentException naming {@code source} and the key, for a wrong format or
   *     version, a missing or unknown key or a value that is not allowed
   * @throws UncheckedIOException when the reader fails
   */
  public static SwotRuleSet load(Reader reader, String source) {
    Properties p = new Properties();
    try {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": expected a properties file, found " + e.getMessage(), e);
    }
    String format = p.getProperty("format");
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(source + ": key 'format': expected '" + FORMAT + "', got '" + format + "'");
    }
    String v = p.getProperty("version");
    if (!String.valueOf(VERSION).equals(v == null ? null : v.strip())) {
      throw new IllegalArgumentException(source + ": key 'version': expected " + VERSION + ", got '" + v + "'");
    }
    List<String> ids = list(require(p, source, "rules"));
    if (new LinkedHashSet<>(ids).size() != ids.size()) {
      throw new IllegalArgumentException(source + ": key 'rules': expected distinct rule ids, got " + ids);
    }
    for (String key : p.stringPropertyNames()) {
      if (key.equals("format") || key.equals("version") || key.equals("rules")) {
        continue;
      }
      String rest = key.startsWith("rule.") ? key.substring(5) : null;
      String id = rest == null ? null : ids.stream().filter(i -> rest.startsWith(i + ".")).findFirst().orElse(null);
      if (id == null || !RULE_KEYS.contains(rest.substring(id.length() + 1))) {
        throw new IllegalArgumentException(source + ": key '" + key + "': expected format, version, rules or rule.<id>.<"
            + String.join("|", RULE_KEYS.stream().sorted().collect(Collectors.toList())) + "> for an id listed in 'rules'");
      }
    }
    List<ThresholdRule> rules = new ArrayList<>();
    for (String id : ids) {
      rules.add(rule(p, source, id));
    }
    return new SwotRuleSet(source, VERSION, rules);
  }

  private static ThresholdRule rule(Properties p, String source, String id) {
    String k = "rule." + id + ".";
    String indicator = require(p, source, k + "indicator");
    Basis basis = enumValue(Basis.class, require(p, source, k + "basis"), source, k + "basis");
    String dir = require(p, source, k + "direction");
    if (!dir.equals("above") && !dir.equals("below")) {
      throw new IllegalArgumentException(source + ": key '" + k + "direction': expected above or below, got '" + dir + "'");
    }
    double threshold;
    String t = require(p, source, k + "threshold");
    try {
      threshold = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": key '" + k + "threshold': expected a number (dot decimals), got '" + t + "'");
    }
    SwotCategory category = enumValue(SwotCategory.class, require(p, source, k + "category"), source, k + "category");
    List<ActionField> fields = new ArrayList<>();
    for (String f : list(require(p, source, k + "actionFields"))) {
      fields.add(ActionFields.byId(f).orElseThrow(() -> new IllegalArgumentException(source + ": key '" + k
          + "actionFields': expected ids of the standard catalogue, got '" + f + "'")));
    }
    List<TargetGroup> groups = new ArrayList<>();
    for (String g : list(p.getProperty(k + "targetGroups", ""))) {
      groups.add(enumValue(TargetGroup.class, g, source, k + "targetGroups"));
    }
    try {
      return new ThresholdRule(id, indicator, basis, dir.equals("above"), threshold, category, fields, groups,
          require(p, source, k + "text.de"), require(p, source, k + "text.en"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": rule " + id + ": " + e.getMessage(), e);
    }
  }

  private static String require(Properties p, String source, String key) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(source + ": key '" + key + "': expected a value, got " + (v == null ? "none" : "blank"));
    }
    return v.strip();
  }

  private static List<String> list(String v) {
    return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String v, String source, String key) {
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": key '" + key + "': expected one of "
          + Arrays.toString(type.getEnumConstants()) + ", got '" + v + "'");
    }
  }

  /** Where the set was read from. */
  public String source() {
    return source;
  }

  /** The rule-file version. */
  public int version() {
    return version;
  }

  /** The rules, in file order (the order of the derived entries). */
  public List<ThresholdRule> rules() {
    return rules;
  }

  /** The rule with this id. */
  public Optional<ThresholdRule> byId(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** A deriver with these rules. */
  public SwotDeriver deriver() {
    return new SwotDeriver(new ArrayList<>(rules));
  }
}
