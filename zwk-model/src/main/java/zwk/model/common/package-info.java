// SPDX-License-Identifier: Apache-2.0
/**
 * Values shared by every part of the model: periods and German/English labels.
 */
@NullMarked
package zwk.model.common;

import org.jspecify.annotations.NullMarked;
