package zwk.examples.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One indicator of the report with the region's value and the values of its reference regions.
 *
 * @param id stable indicator id (cited by SWOT entries), e.g. {@code "old_age_ratio"}
 * @param name display name, e.g. {@code "Altenquotient"}
 * @param unit unit, e.g. {@code "je 100"}, may be empty
 * @param value the region's value; empty when it could not be computed
 * @param notComputableReason why there is no value (shown instead of a bar)
 * @param references values of the reference regions (Kreis, Land, Deutschland …)
 */
public record IndicatorRow(String id, String name, Optional<String> unit, OptionalDouble value,
    Optional<String> notComputableReason, List<Reference> references) {

  /** Checks that every part is present and the numbers are finite. */
  public IndicatorRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(notComputableReason, "notComputableReason");
    references = List.copyOf(references);
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException("value: expected a finite number for '" + id + "', got " + value.getAsDouble());
    }
  }

  /**
   * The value of the indicator for a reference region.
   *
   * @param name the reference region's name, e.g. {@code "Sachsen-Anhalt"}
   * @param value its value, finite
   */
  public record Reference(String name, double value) {

    /** Checks the name and that the value is finite. */
    public Reference {
      Objects.requireNonNull(name, "name");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value: expected a finite number for '" + name + "', got " + value);
      }
    }
  }
}
