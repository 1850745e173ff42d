// SPDX-License-Identifier: Apache-2.0
/**
 * Projection assumptions as data (<em>Annahmen der Bevölkerungsvorausberechnung</em>): a variant is a
 * {@link zwk.profile.projection.assumption.ProjectionAssumptions} of fertility (TFR path, age
 * schedule, timing shift), mortality (life expectancy at birth per year, turned into {@code q_x} by a
 * proportional change of a base life table) and migration (net migration per year and an age-sex
 * profile that may be negative at some ages), each value with its source. Also: the variants of the
 * 14th coordinated population projection ({@link zwk.profile.projection.assumption.Coordinated14}),
 * the derivation helpers (fertility schedule, life table, residual method), the trend variant, the
 * projection of every region of a table and the consistency with a higher level. Documented in
 * {@code docs/indicators.md}, section "Projection variants".
 */
@NullMarked
package zwk.profile.projection.assumption;

import org.jspecify.annotations.NullMarked;
