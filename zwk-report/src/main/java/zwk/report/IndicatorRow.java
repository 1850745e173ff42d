// SPDX-License-Identifier: Apache-2.0
package zwk.report;

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
 * @param percentile the region's percentile rank (0–100) among its peers, if known
 * @param peerGroup who the peers are, e.g. {@code "Kreise"}; empty when there is no percentile
 */
public record IndicatorRow(String id, String name, Optional<String> unit, OptionalDouble value,
    Optional<String> notComputableReason, List<Reference> references, OptionalDouble percentile,
    Optional<String> peerGroup) {

  /** Checks that every part is present and the numbers are finite. */
  public IndicatorRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(notComputableReason, "notComputableReason");
    references = List.copyOf(references);
    Objects.requireNonNull(percentile, "percentile");
    Objects.requireNonNull(peerGroup, "peerGroup");
    if (percentile.isPresent() && !(percentile.getAsDouble() >= 0 && percentile.getAsDouble() <= 100)) {
      throw new IllegalArgumentException("percentile: expected 0..100 for '" + id + "', got " + percentile.getAsDouble());
    }
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw new IllegalArgumentException("value: expected a finite number for '" + id + "', got " + value.getAsDouble());
    }
  }

  /** A row without percentile rank. */
  public IndicatorRow(String id, String name, Optional<String> unit, OptionalDouble value,
      Optional<String> notComputableReason, List<Reference> references) {
    this(id, name, unit, value, notComputableReason, references, OptionalDouble.empty(), Optional.empty());
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
