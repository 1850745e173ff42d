// SPDX-License-Identifier: Apache-2.0
/**
 * Official statistics as records and tables: age bands, sex and the GENESIS value states.
 */
@NullMarked
package zwk.model.statistics;

import org.jspecify.annotations.NullMarked;
