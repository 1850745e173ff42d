// SPDX-License-Identifier: Apache-2.0
/**
 * Compact population tables (<em>Bevölkerungsstand</em>) by region, reference date, sex and age,
 * with regrouping into age bands, aggregation up the AGS hierarchy and conversion from official
 * statistics tables.
 */
@NullMarked
package zwk.profile.population;

import org.jspecify.annotations.NullMarked;
