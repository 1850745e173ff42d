// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an {@link IndicatorTable}: a region (key and name), an optional reference date and one
 * value per indicator id; an indicator without value (not computable, not available) maps to
 * {@link Optional#empty()}.
 */
public final class IndicatorRow {
  private final String regionKey;
  private final String regionName;
  private final Optional<LocalDate> date;
  private final Map<String, Optional<BigDecimal>> values;

  /**
   * A row.
   *
   * @throws IllegalArgumentException when the region key is empty
   */
  public IndicatorRow(String regionKey, String regionName, Optional<LocalDate> date,
      Map<String, Optional<BigDecimal>> values) {
    if (regionKey == null || regionKey.isEmpty()) {
      throw new IllegalArgumentException("regionKey: expected a region key, got none");
    }
    this.regionKey = regionKey;
    this.regionName = Objects.requireNonNull(regionName, "regionName");
    this.date = Objects.requireNonNull(date, "date");
    Map<String, Optional<BigDecimal>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "indicatorId"), Objects.requireNonNull(v, "value")));
    this.values = Collections.unmodifiableMap(copy);
  }

  /** Region key (AGS, ARS or another key the caller uses). */
  public String regionKey() {
    return regionKey;
  }

  /** Region name (may be empty). */
  public String regionName() {
    return regionName;
  }

  /** Reference date. */
  public Optional<LocalDate> date() {
    return date;
  }

  /** Values by indicator id, in column order. */
  public Map<String, Optional<BigDecimal>> values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof IndicatorRow)) {
      return false;
    }
    IndicatorRow r = (IndicatorRow) o;
    return r.regionKey.equals(regionKey) && r.regionName.equals(regionName) && r.date.equals(date)
        && r.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regionKey, regionName, date, values);
  }

  /** Key and number of values. */
  @Override
  public String toString() {
    return "IndicatorRow{" + regionKey + ", " + values.size() + " values}";
  }
}
