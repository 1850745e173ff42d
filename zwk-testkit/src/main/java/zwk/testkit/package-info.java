// SPDX-License-Identifier: Apache-2.0
/**
 * QuickTheories generators for the whole model, for property tests.
 */
@NullMarked
package zwk.testkit;

import org.jspecify.annotations.NullMarked;
