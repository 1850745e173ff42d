// SPDX-License-Identifier: Apache-2.0
/**
 * Safe output files: an output that is one of the inputs is refused ({@link zwk.io.file.SafeFiles#requireDistinct}),
 * and files are written to a temporary file beside the target and moved into place only when the
 * whole content was written ({@link zwk.io.file.AtomicFileOutput}). Every file writer of zwk (zwk-io's
 * {@code ZwkJson.write(Object, Path)}, the command line's {@code --out}) goes through this package, so that a
 * failure never leaves a partial file and never destroys the old one.
 */
@NullMarked
package zwk.io.file;

import org.jspecify.annotations.NullMarked;
