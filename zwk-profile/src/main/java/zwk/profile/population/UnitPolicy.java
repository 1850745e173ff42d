// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

/**
 * How {@link PopulationTables#fromStatistics} treats values whose unit is thousands ({@code 1000},
 * {@code 1 000}, {@code Tsd.}, as in the population projection 12421).
 */
public enum UnitPolicy {
  /** Refuse the table with a clear error: counts in thousands are rounded and not exact (default). */
  REJECT_THOUSANDS,
  /**
   * Multiply by 1,000; the result must be a whole number, otherwise the record is refused. The
   * resulting counts are only as exact as the published thousands.
   */
  SCALE_THOUSANDS
}
