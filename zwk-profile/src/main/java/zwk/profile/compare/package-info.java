// SPDX-License-Identifier: Apache-2.0
/**
 * Reference comparison (<em>Vergleichswerte</em>): an indicator for a region beside its Kreis, Land
 * and Germany, the differences, and the percentile rank among peers.
 */
@NullMarked
package zwk.profile.compare;

import org.jspecify.annotations.NullMarked;
