// SPDX-License-Identifier: Apache-2.0
/**
 * Flat CSV tables of the model (measures, tools, municipalities, indicators) with row-level import reports.
 */
@NullMarked
package zwk.io.table;

import org.jspecify.annotations.NullMarked;
