// SPDX-License-Identifier: Apache-2.0
/**
 * SWOT derivation: a small, explainable rule set that turns indicator comparisons into
 * {@link zwk.model.profile.SwotEntry}s. Every entry names its rule and the numbers behind it.
 */
@NullMarked
package zwk.profile.swot;

import org.jspecify.annotations.NullMarked;
