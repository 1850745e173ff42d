// SPDX-License-Identifier: Apache-2.0
/**
 * Decidim Accountability results in and out: the import and export profile of
 * {@link zwk.io.decidim.DecidimReader} and {@link zwk.io.decidim.DecidimWriter} (current layout and
 * the older {@code result_id} import layout, CSV and JSON), with a documented, overridable status
 * mapping ({@link zwk.io.decidim.DecidimMapping}) and parent results kept as parent measures
 * (docs/interop.md).
 */
@NullMarked
package zwk.io.decidim;

import org.jspecify.annotations.NullMarked;
