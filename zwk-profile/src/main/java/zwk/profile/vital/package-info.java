// SPDX-License-Identifier: Apache-2.0
/**
 * Vital statistics: total fertility rate, life expectancy from a life table, natural and migration
 * balances, and migration by motive (Wegweiser Kommune) with four-year means.
 */
@NullMarked
package zwk.profile.vital;

import org.jspecify.annotations.NullMarked;
