// SPDX-License-Identifier: Apache-2.0
/**
 * Readers of the official municipality register (GV-ISys: Auszug_GV CSV and GV100AD).
 */
@NullMarked
package zwk.io.register;

import org.jspecify.annotations.NullMarked;
