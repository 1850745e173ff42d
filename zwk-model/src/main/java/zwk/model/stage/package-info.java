// SPDX-License-Identifier: Apache-2.0
/**
 * The five stages (<em>Fünfstufen-Systematik</em>) and their records.
 */
@NullMarked
package zwk.model.stage;

import org.jspecify.annotations.NullMarked;
