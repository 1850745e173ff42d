// SPDX-License-Identifier: Apache-2.0
/** The bundled programme data (DWK, ZWK, Zukunftsraum Demografie and their municipalities) as a parsed directory. */
@NullMarked
package zwk.io.programmes;

import org.jspecify.annotations.NullMarked;
