// SPDX-License-Identifier: Apache-2.0
/**
 * Projection assumptions as files: the bundled variants of the 14th coordinated population
 * projection ({@link zwk.io.projection.BundledAssumptions}). The document format
 * {@code zwk.projection-assumptions} is {@link zwk.io.json.DocumentFormats#PROJECTION_ASSUMPTIONS}.
 */
@NullMarked
package zwk.io.projection;

import org.jspecify.annotations.NullMarked;
