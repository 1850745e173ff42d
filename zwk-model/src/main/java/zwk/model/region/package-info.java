// SPDX-License-Identifier: Apache-2.0
/**
 * Regions and their official keys: AGS, ARS, Länder, municipalities and the municipality register.
 */
@NullMarked
package zwk.model.region;

import org.jspecify.annotations.NullMarked;
