// SPDX-License-Identifier: Apache-2.0
/**
 * Indicators (<em>Kennzahlen</em>) as executable definitions with stable ids, parameterised age
 * bounds (presets Destatis/Wegweiser Kommune and Eurostat) and explicit "not computable" results.
 * See {@code docs/indicators.md} for every formula.
 */
@NullMarked
package zwk.profile.indicator;

import org.jspecify.annotations.NullMarked;
