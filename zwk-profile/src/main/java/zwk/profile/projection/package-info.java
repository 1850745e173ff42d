// SPDX-License-Identifier: Apache-2.0
/**
 * Deterministic cohort-component population projection (<em>Bevölkerungsvorausberechnung</em>) by
 * single year of age and sex in one-year steps: survival from death probabilities {@code q_x}
 * ({@link zwk.profile.projection.Mortality}), births from age-specific fertility rates
 * ({@link zwk.profile.projection.Fertility}), net migration by age and sex
 * ({@link zwk.profile.projection.Migration}). Pure computation; counts are kept as {@code double}
 * and rounded only where a method says so. The method is documented in {@code docs/indicators.md},
 * section "Projection".
 */
@NullMarked
package zwk.profile.projection;

import org.jspecify.annotations.NullMarked;
