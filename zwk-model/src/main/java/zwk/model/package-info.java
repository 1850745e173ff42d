// SPDX-License-Identifier: Apache-2.0
/**
 * The shared Immutables style of the model ({@link zwk.model.ZwkStyle}).
 */
@NullMarked
package zwk.model;

import org.jspecify.annotations.NullMarked;
