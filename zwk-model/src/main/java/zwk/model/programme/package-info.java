// SPDX-License-Identifier: Apache-2.0
/**
 * Programmes (DWK, ZWK, network), memberships, funding and mentoring.
 */
@NullMarked
package zwk.model.programme;

import org.jspecify.annotations.NullMarked;
