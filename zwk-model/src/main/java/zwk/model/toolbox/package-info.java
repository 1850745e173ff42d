// SPDX-License-Identifier: Apache-2.0
/**
 * The Werkzeugkoffer: proven tools with their kind, effort, transferability and suitability.
 */
@NullMarked
package zwk.model.toolbox;

import org.jspecify.annotations.NullMarked;
