// SPDX-License-Identifier: Apache-2.0
/** The bundled sample documents (Barleben strategy, toolbox of real tools) as parsed objects. */
@NullMarked
package zwk.io.samples;

import org.jspecify.annotations.NullMarked;
