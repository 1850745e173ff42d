// SPDX-License-Identifier: Apache-2.0
/**
 * CSV reading and writing: encodings, separators, the Excel profile and the formula guard.
 */
@NullMarked
package zwk.io.csv;

import org.jspecify.annotations.NullMarked;
