// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.util.Objects;
import java.util.Optional;

/**
 * Options for {@link PopulationTables#fromStatistics}: which variable to take, how to treat counts
 * in thousands, and whether the table's own total rows must agree with the sum of its age bands.
 */
public final class StatisticsImport {
  private final String variable;
  private final UnitPolicy unitPolicy;
  private final boolean checkTotals;
  private final String nationality;
  private final boolean allowUnknownAge;

  private StatisticsImport(String variable, UnitPolicy unitPolicy, boolean checkTotals, String nationality,
      boolean allowUnknownAge) {
    this.variable = variable;
    this.unitPolicy = unitPolicy;
    this.checkTotals = checkTotals;
    this.nationality = nationality;
    this.allowUnknownAge = allowUnknownAge;
  }

  /**
   * Defaults: any single variable, any single nationality, thousands refused, totals checked, people
   * of unknown age ({@code Alter unbekannt}) refused unless their count is 0.
   */
  public static StatisticsImport defaults() {
    return new StatisticsImport(null, UnitPolicy.REJECT_THOUSANDS, true, null, false);
  }

  /** Only records of this variable (e.g. {@code Bevölkerungsstand}); others are left out on purpose. */
  public StatisticsImport withVariable(String variable) {
    return new StatisticsImport(Objects.requireNonNull(variable, "variable"), unitPolicy, checkTotals, nationality, allowUnknownAge);
  }

  /** How counts in thousands are treated. */
  public StatisticsImport withUnitPolicy(UnitPolicy policy) {
    return new StatisticsImport(variable, Objects.requireNonNull(policy, "policy"), checkTotals, nationality, allowUnknownAge);
  }

  /** Whether total rows (records without age) must equal the sum of the bands (default true). */
  public StatisticsImport withCheckTotals(boolean check) {
    return new StatisticsImport(variable, unitPolicy, check, nationality, allowUnknownAge);
  }

  /**
   * Only records of this nationality ({@code Insgesamt}, {@code Deutsche}, {@code Ausländer});
   * records without a nationality are always taken.
   */
  public StatisticsImport withNationality(String nationality) {
    return new StatisticsImport(variable, unitPolicy, checkTotals, Objects.requireNonNull(nationality, "nationality"),
        allowUnknownAge);
  }

  /**
   * Whether people of unknown age (records {@code Alter unbekannt} with a count above 0) may be left
   * out of the age bands (default false: refused). When allowed, the totals check counts them in.
   */
  public StatisticsImport withAllowUnknownAge(boolean allow) {
    return new StatisticsImport(variable, unitPolicy, checkTotals, nationality, allow);
  }

  /** The nationality filter, if any. */
  public Optional<String> nationality() {
    return Optional.ofNullable(nationality);
  }

  /** Whether people of unknown age may be left out of the bands. */
  public boolean allowUnknownAge() {
    return allowUnknownAge;
  }

  /** The variable filter, if any. */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }

  /** The unit policy. */
  public UnitPolicy unitPolicy() {
    return unitPolicy;
  }

  /** Whether totals are checked. */
  public boolean checkTotals() {
    return checkTotals;
  }
}
