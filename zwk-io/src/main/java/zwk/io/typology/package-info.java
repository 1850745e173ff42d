// SPDX-License-Identifier: Apache-2.0
/** Import of official typologies (e.g. the Demografietypen of Wegweiser Kommune) from CSV. */
@NullMarked
package zwk.io.typology;

import org.jspecify.annotations.NullMarked;
