// SPDX-License-Identifier: Apache-2.0
/**
 * Catalogues: action fields (<em>Handlungsfelder</em>), target groups, actors and departments.
 */
@NullMarked
package zwk.model.catalogue;

import org.jspecify.annotations.NullMarked;
