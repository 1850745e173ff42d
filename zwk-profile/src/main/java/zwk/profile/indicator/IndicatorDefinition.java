// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.util.Objects;
import zwk.model.profile.Indicator;

/**
 * The descriptive part of an executable indicator: stable id, German and English name, unit, the
 * formula in words and the source of the definition. Subclasses add the computation for their kind
 * of input (a population snapshot, two dates, vital events). The model's {@link Indicator} is the
 * data form of this description ({@link #describe()}).
 */
public abstract class IndicatorDefinition {
  private final String id;
  private final String germanName;
  private final String englishName;
  private final String unit;
  private final String formula;
  private final String source;

  /** All fields are required; the id is a token without whitespace. */
  protected IndicatorDefinition(String id, String germanName, String englishName, String unit, String formula, String source) {
    this.id = Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("id: expected a non-blank id without whitespace, got '" + id + "'");
    }
    this.germanName = Objects.requireNonNull(germanName, "germanName");
    this.englishName = Objects.requireNonNull(englishName, "englishName");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.formula = Objects.requireNonNull(formula, "formula");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Stable id, e.g. {@code old_age_ratio}. */
  public final String id() {
    return id;
  }

  /** German name, e.g. {@code Altenquotient}. */
  public final String germanName() {
    return germanName;
  }

  /** English name. */
  public final String englishName() {
    return englishName;
  }

  /** Unit, e.g. {@code je 100}, {@code %}, {@code Jahre}. */
  public final String unit() {
    return unit;
  }

  /** The formula in words: numerator, denominator, factor, parameters. */
  public final String formula() {
    return formula;
  }

  /** Source of the definition. */
  public final String source() {
    return source;
  }

  /** The model's description of this indicator. */
  public Indicator describe() {
    return Indicator.builder().id(id).germanName(germanName).englishName(englishName).unit(unit)
        .definition(formula).source(source).build();
  }

  @Override
  public String toString() {
    return id;
  }
}
