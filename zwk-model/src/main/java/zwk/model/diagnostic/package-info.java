// SPDX-License-Identifier: Apache-2.0
/**
 * What zwk reports besides results: the unchecked exception root {@link zwk.model.diagnostic.ZwkException}
 * for refused input, and typed {@link zwk.model.diagnostic.Diagnostic}s (code, severity, location,
 * parameters, German and English message) for warnings that did not stop the work.
 */
@NullMarked
package zwk.model.diagnostic;

import org.jspecify.annotations.NullMarked;
