// SPDX-License-Identifier: Apache-2.0
package zwk.profile.reason;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;

/**
 * Why a count or an indicator is not computable: a stable {@link ReasonCode}, its parameters as
 * data (ages, bands, dates, states) and the {@link ReasonContext parts} of the computation it lies
 * in (outermost first). {@link #render(Locale)} writes it from the bundle
 * {@code zwk/profile/reasons} in German (default) or English, with the parameters formatted for
 * the language (German dates {@code dd.MM.yyyy}, English ISO dates); parameters are inserted into
 * the template, never parsed as templates (docs/design.md rule 5).
 *
 * <pre>{@code
 * Reason r = Reason.noBandStartsAt(80, bands.bands()).in(ReasonPart.NUMERATOR);
 * r.code();                   // NO_BAND_STARTS_AT
 * r.render(Locale.GERMAN);    // "Zähler: keine Altersgruppe beginnt beim Alter 80 in [0-2, 3-5, … 75+] (17 Altersgruppen)"
 * r.render(Locale.ENGLISH);   // "numerator: no age band starts at age 80 in [0-2, 3-5, … 75+] (17 bands)"
 * }</pre>
 */
public final class Reason {
  private final ReasonCode code;
  private final Map<String, Object> parameters;
  private final List<ReasonContext> context;
  private Reason[] inPart; // memo of in(part), not part of the value

  private Reason(ReasonCode code, Map<String, Object> parameters, List<ReasonContext> context) {
    this.code = code;
    this.parameters = parameters;
    this.context = context;
  }

  private static Reason of(ReasonCode code, Object... namesAndValues) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      p.put((String) namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1], (String) namesAndValues[i]));
    }
    return new Reason(code, Collections.unmodifiableMap(p), List.of());
  }

  /** {@link ReasonCode#NO_BAND_STARTS_AT}. */
  public static Reason noBandStartsAt(int age, List<AgeBand> bands) {
    return of(ReasonCode.NO_BAND_STARTS_AT, "age", age, "bands", List.copyOf(bands));
  }

  /** {@link ReasonCode#NO_BAND_ENDS_AT}. */
  public static Reason noBandEndsAt(int age, List<AgeBand> bands) {
    return of(ReasonCode.NO_BAND_ENDS_AT, "age", age, "bands", List.copyOf(bands));
  }

  /** {@link ReasonCode#CLOSED_TOP_BAND}. */
  public static Reason closedTopBand(int age, List<AgeBand> bands) {
    return of(ReasonCode.CLOSED_TOP_BAND, "age", age, "bands", List.copyOf(bands));
  }

  /** {@link ReasonCode#EMPTY_AGE_RANGE}. */
  public static Reason emptyAgeRange(int from, int to) {
    return of(ReasonCode.EMPTY_AGE_RANGE, "from", from, "to", to);
  }

  /** {@link ReasonCode#CELL_NOT_KNOWN}: the cell of {@code band} holds the special value {@code state}. */
  public static Reason cellNotKnown(AgeBand band, ValueState state) {
    return of(ReasonCode.CELL_NOT_KNOWN, "band", band, "state", state);
  }

  /** {@link ReasonCode#CELL_MISSING}. */
  public static Reason cellMissing(AgeBand band) {
    return of(ReasonCode.CELL_MISSING, "band", band);
  }

  /** {@link ReasonCode#ZERO_DENOMINATOR}. */
  public static Reason zeroDenominator() {
    return of(ReasonCode.ZERO_DENOMINATOR);
  }

  /** {@link ReasonCode#ZERO_POPULATION}. */
  public static Reason zeroPopulation() {
    return of(ReasonCode.ZERO_POPULATION);
  }

  /** {@link ReasonCode#NO_DISTRIBUTION}. */
  public static Reason noDistribution(Sex sex) {
    return of(ReasonCode.NO_DISTRIBUTION, "sex", sex);
  }

  /** {@link ReasonCode#NEEDS_BOTH_SEXES}. */
  public static Reason needsBothSexes() {
    return of(ReasonCode.NEEDS_BOTH_SEXES);
  }

  /** {@link ReasonCode#NO_DATA_AT_DATE}. */
  public static Reason noDataAtDate(LocalDate date) {
    return of(ReasonCode.NO_DATA_AT_DATE, "date", date);
  }

  /** {@link ReasonCode#NO_FERTILITY_RATE}. */
  public static Reason noFertilityRate(int age, int from, int to) {
    return of(ReasonCode.NO_FERTILITY_RATE, "age", age, "from", from, "to", to);
  }

  /** {@link ReasonCode#INVALID_FERTILITY_RATE}. */
  public static Reason invalidFertilityRate(int age, double value) {
    return of(ReasonCode.INVALID_FERTILITY_RATE, "age", age, "value", value);
  }

  /** {@link ReasonCode#FERTILITY_RATE_OUTSIDE_SPAN}. */
  public static Reason fertilityRateOutsideSpan(int age, int from, int to) {
    return of(ReasonCode.FERTILITY_RATE_OUTSIDE_SPAN, "age", age, "from", from, "to", to);
  }

  /** {@link ReasonCode#NO_DEATH_PROBABILITIES}. */
  public static Reason noDeathProbabilities() {
    return of(ReasonCode.NO_DEATH_PROBABILITIES);
  }

  /** {@link ReasonCode#INVALID_DEATH_PROBABILITY}. */
  public static Reason invalidDeathProbability(int age, double value) {
    return of(ReasonCode.INVALID_DEATH_PROBABILITY, "age", age, "value", value);
  }

  /** {@link ReasonCode#ZERO_LAST_DEATH_PROBABILITY}. */
  public static Reason zeroLastDeathProbability(int age) {
    return of(ReasonCode.ZERO_LAST_DEATH_PROBABILITY, "age", age);
  }

  /**
   * {@link ReasonCode#CUSTOM}: a caller's own text, shown as given in every language (inserted as a
   * parameter, never read as a template).
   */
  public static Reason custom(String text) {
    return of(ReasonCode.CUSTOM, "text", Objects.requireNonNull(text, "text"));
  }

  /** The same reason inside {@code part} of the computation (e.g. the numerator), outermost first. */
  public Reason in(ReasonPart part) {
    // Reasons are immutable and indicators ask the same question of every region and date: the
    // reason in each part is built once per reason (a race only builds an equal one twice)
    Reason[] memo = inPart;
    if (memo == null) {
      memo = new Reason[ReasonPart.values().length];
      inPart = memo;
    }
    Reason r = memo[part.ordinal()];
    if (r == null) {
      r = within(ReasonContext.of(part));
      memo[part.ordinal()] = r;
    }
    return r;
  }

  /** The same reason inside the year of a multi-year mean that ends at {@code date}. */
  public Reason inYear(LocalDate date) {
    return within(ReasonContext.year(date));
  }

  private Reason within(ReasonContext c) {
    List<ReasonContext> l = new ArrayList<>(context.size() + 1);
    l.add(c);
    l.addAll(context);
    return new Reason(code, parameters, List.copyOf(l));
  }

  /** The code of the cause (independent of the context and the language). */
  public ReasonCode code() {
    return code;
  }

  /**
   * The parameters by name, in the order the code lists them: {@code Integer} ages, {@code Double}
   * values, {@code List<AgeBand>} bands, {@code AgeBand}, {@code ValueState}, {@code Sex},
   * {@code LocalDate}, {@code String} text.
   */
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** Where the cause lies, outermost first (e.g. year, then denominator); empty at the top. */
  public List<ReasonContext> context() {
    return context;
  }

  /** The text in {@code locale}: English for language {@code en}, German otherwise (also for null). */
  public String render(Locale locale) {
    return ReasonTexts.render(this, locale);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Reason)) {
      return false;
    }
    Reason r = (Reason) o;
    return code == r.code && parameters.equals(r.parameters) && context.equals(r.context);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, parameters, context);
  }

  /** The English text (for logs and exception messages, which are English throughout zwk). */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
