// SPDX-License-Identifier: Apache-2.0
/**
 * zwk's rule catalogue, one class per rule ({@link zwk.strategy.rules.Catalogue} lists them in
 * order). Rule ids are stable; see {@code docs/rules.md} for rationale, parameters and examples.
 */
@NullMarked
package zwk.strategy.rules;

import org.jspecify.annotations.NullMarked;
