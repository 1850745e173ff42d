// SPDX-License-Identifier: Apache-2.0
/**
 * Council work (<em>Ratsarbeit</em>): references to the papers of a council information system
 * (OParl {@code Paper}) that measures and Demografie-Checks are linked to.
 */
@NullMarked
package zwk.model.council;

import org.jspecify.annotations.NullMarked;
