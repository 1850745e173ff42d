// SPDX-License-Identifier: Apache-2.0
package zwk.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import zwk.model.check.DemographyCheck;
import zwk.model.plan.Measure;
import zwk.model.programme.Programme;
import zwk.model.stage.StageStatus;
import zwk.model.stage.StrategyStage;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.rule.FindingSink;
import zwk.strategy.rule.Rule;
import zwk.strategy.rule.RuleContext;
import zwk.strategy.rule.RuleSet;
import zwk.strategy.rule.RuleSetConfig;

/**
 * Checks a municipality's demography strategy against the DWK/ZWK method (<em>Strategieprüfung</em>):
 * Jakarta field constraints (rule ZWK-FIELD-001) plus the cross-object rules of the catalogue and any
 * custom rules.
 *
 * <p>Build once with {@link #builder()} (or {@link #standard()}), then call {@link #validate} from
 * any thread: the validator is immutable and thread-safe. "Today" for age and cadence rules comes
 * from the configured {@link Clock} (default: system clock, zone Europe/Berlin) or a fixed
 * reference date. Messages are German unless the locale's language is English. Programme data
 * ({@link Builder#programmes}) lets the funding rule read the caps and the funded span of the
 * strategy's programme (the bundled data: {@code zwk.io.programmes.ProgrammeData.bundled().programmes()}).
 *
 * <pre>{@code
 * StrategyValidator v = StrategyValidator.builder().locale(Locale.ENGLISH).build();
 * ValidationReport r = v.validate(strategy);
 * }</pre>
 */
public final class StrategyValidator {
  private final RuleSet ruleSet;
  private final Locale locale;
  private final Clock clock;
  private final List<Programme> programmes;

  private StrategyValidator(Builder b) {
    RuleSet rs = b.ruleSet;
    for (RuleSetConfig c : b.configs) {
      rs = rs.configure(c);
    }
    this.ruleSet = rs;
    this.locale = b.locale;
    this.clock = b.clock;
    this.programmes = List.copyOf(b.programmes);
  }

  /** The programmes the validator knows (empty unless given to the builder). */
  public List<Programme> programmes() {
    return programmes;
  }

  /** A validator with the standard catalogue, German messages and the system clock. */
  public static StrategyValidator standard() {
    return builder().build();
  }

  /** A builder with the standard catalogue, German messages and the system clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** The effective rule set. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** The default locale of messages. */
  public Locale locale() {
    return locale;
  }

  /** The reference date ("today") as the clock gives it now. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Validates with the validator's locale. */
  public ValidationReport validate(MunicipalStrategy strategy) {
    return validate(strategy, locale);
  }

  /**
   * Validates a strategy.
   *
   * @param strategy the strategy
   * @param messageLocale locale of messages and hints (English for language {@code en}, else German)
   * @return the findings of all active rules, rules in rule-set order, each in document order
   * @throws IllegalStateException naming the rule when a rule fails with an exception
   */
  public ValidationReport validate(MunicipalStrategy strategy, Locale messageLocale) {
    Objects.requireNonNull(strategy, "strategy");
    LocalDate today = today();
    RuleContext ctx = RuleContext.of(strategy, today, ruleSet.thresholds(), programmes);
    FindingRenderer renderer = new FindingRenderer(ruleSet, messageLocale);
    for (Rule rule : ruleSet.activeRules()) {
      FindingSink sink = renderer.sinkFor(rule);
      try {
        rule.check(ctx, sink);
      } catch (RuntimeException e) {
        throw new IllegalStateException("rule " + rule.id() + " failed: " + e.getClass().getName(), e);
      }
    }
    return ValidationReport.builder().findings(renderer.findings())
        .locale(FindingRenderer.language(messageLocale)).referenceDate(today).build();
  }

  /**
   * The findings that block entering a stage (<em>Stufen-Gate</em>): an ERROR finding
   * ZWK-GATE-001 for each earlier stage that is not completed, then every ERROR finding of the
   * validation that belongs to an earlier stage. Empty means the stage may be entered.
   */
  public List<Finding> canAdvance(MunicipalStrategy strategy, StrategyStage stage) {
    return StageGate.blockers(this, strategy, stage, validate(strategy));
  }

  /** The maturity score per stage and overall, with the findings that cost points. */
  public Maturity maturity(MunicipalStrategy strategy) {
    return Maturity.of(strategy, validate(strategy));
  }

  /** The maturity score from a report of this strategy (no second validation). */
  public Maturity maturity(MunicipalStrategy strategy, ValidationReport report) {
    return Maturity.of(strategy, report);
  }

  /** Evaluates one Demografie-Check of a council proposal (paths relative to the check). */
  public DemographyCheckEvaluation evaluate(DemographyCheck check) {
    return new DemographyCheckEvaluator(ruleSet, locale).evaluate(check, "");
  }

  /**
   * Evaluates the Demografie-Check of a measure (paths relative to the measure); a measure without
   * a check gets a finding for every question.
   */
  public DemographyCheckEvaluation evaluate(Measure measure) {
    DemographyCheck check = measure.demographyCheck()
        .orElseGet(() -> DemographyCheck.builder().subject(measure.title()).build());
    return new DemographyCheckEvaluator(ruleSet, locale).evaluate(check, "/demographyCheck");
  }

  /** Builder of a {@link StrategyValidator}. Not thread-safe. */
  public static final class Builder {
    private RuleSet ruleSet = RuleSet.standard();
    private final List<RuleSetConfig> configs = new ArrayList<>();
    private Locale locale = Locale.GERMAN;
    private Clock clock = Clock.system(ZoneId.of("Europe/Berlin"));
    private List<Programme> programmes = List.of();

    private Builder() {}

    /**
     * The programmes (DWK, ZWK …) whose data the rules read: ZWK-FUND-001 takes the caps per year and
     * the funded span of the programme in which the strategy's municipality is a model municipality.
     * Without programme data the rule falls back to its thresholds. Replaces earlier programmes.
     */
    public Builder programmes(Collection<Programme> programmes) {
      this.programmes = List.copyOf(Objects.requireNonNull(programmes, "programmes"));
      return this;
    }

    /** Replaces the rule set (default {@link RuleSet#standard()}). */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /** Adds custom rules after the current ones. */
    public Builder addRules(Rule... rules) {
      this.ruleSet = ruleSet.withRules(List.of(rules));
      return this;
    }

    /** Adds the rules that {@link java.util.ServiceLoader} finds through the class loader. */
    public Builder loadRules(ClassLoader loader) {
      this.ruleSet = ruleSet.withServiceLoader(loader);
      return this;
    }

    /** Applies a configuration at build time, after all rules are added (several apply in order). */
    public Builder configure(RuleSetConfig config) {
      configs.add(Objects.requireNonNull(config, "config"));
      return this;
    }

    /** Default locale of messages (German when not set). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The clock that gives "today". */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** A fixed reference date ("today"), e.g. for reproducible reports. */
    public Builder referenceDate(LocalDate date) {
      this.clock = Clock.fixed(date.atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));
      return this;
    }

    /**
     * The validator.
     *
     * @throws IllegalArgumentException when a configuration names an unknown rule or threshold
     */
    public StrategyValidator build() {
      return new StrategyValidator(this);
    }
  }

  static Optional<StrategyStage> notCompletedBefore(MunicipalStrategy s, StrategyStage stage) {
    for (StrategyStage p = stage.predecessor().orElse(null); p != null; p = p.predecessor().orElse(null)) {
      if (s.statusOf(p) != StageStatus.COMPLETED) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
