// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

/**
 * How a {@link MortalityAssumption} turns a year's target life expectancy at birth into death
 * probabilities {@code q_x}. Both solve one parameter per sex and year so that the life table has
 * the target {@code e_0}; they differ in how the change is spread over the ages.
 */
public enum MortalityMethod {
  /**
   * {@code q_x(k) = min(1, k · q_x)}: every age changes by the same factor ({@link ProportionalMortality}).
   * Needs nothing but the base table.
   */
  PROPORTIONAL,

  /**
   * {@code q_x(k) = min(1, q_x · exp(−k · b_x))} with an age pattern of improvement {@code b_x}, the
   * observed annual rate of decline of the central death rate at age {@code x} (a Lee–Carter-type
   * model with {@code b_x} from a log-linear trend, {@link LogLinearMortality},
   * {@link AssumptionSources#mortalityImprovement}).
   */
  LOG_LINEAR_IMPROVEMENT
}
