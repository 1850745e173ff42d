/**
 * Programmes (DWK, ZWK, network), memberships, funding and mentoring.
 */
@NullMarked
package zwk.model.programme;

import org.jspecify.annotations.NullMarked;
