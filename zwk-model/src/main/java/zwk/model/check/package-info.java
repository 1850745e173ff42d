// SPDX-License-Identifier: Apache-2.0
/**
 * The Demografie-Check of a council proposal or measure.
 */
@NullMarked
package zwk.model.check;

import org.jspecify.annotations.NullMarked;
