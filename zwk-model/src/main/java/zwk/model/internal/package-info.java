// SPDX-License-Identifier: Apache-2.0
/**
 * Invariant checks shared by the model's value types; not exported from module {@code zwk.model}.
 */
@NullMarked
package zwk.model.internal;

import org.jspecify.annotations.NullMarked;
