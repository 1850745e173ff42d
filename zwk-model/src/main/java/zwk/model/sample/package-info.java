// SPDX-License-Identifier: Apache-2.0
/**
 * A complete sample strategy (the Barleben model municipality) for examples and tests.
 */
@NullMarked
package zwk.model.sample;

import org.jspecify.annotations.NullMarked;
