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

  private StatisticsImport(String variable, UnitPolicy unitPolicy, boolean checkTotals) {
    this.variable = variable;
    this.unitPolicy = unitPolicy;
    this.checkTotals = checkTotals;
  }

  /** Defaults: any single variable, thousands refused, totals checked. */
  public static StatisticsImport defaults() {
    return new StatisticsImport(null, UnitPolicy.REJECT_THOUSANDS, true);
  }

  /** Only records of this variable (e.g. {@code Bevölkerungsstand}); others are left out on purpose. */
  public StatisticsImport withVariable(String variable) {
    return new StatisticsImport(Objects.requireNonNull(variable, "variable"), unitPolicy, checkTotals);
  }

  /** How counts in thousands are treated. */
  public StatisticsImport withUnitPolicy(UnitPolicy policy) {
    return new StatisticsImport(variable, Objects.requireNonNull(policy, "policy"), checkTotals);
  }

  /** Whether total rows (records without age) must equal the sum of the bands (default true). */
  public StatisticsImport withCheckTotals(boolean check) {
    return new StatisticsImport(variable, unitPolicy, check);
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
