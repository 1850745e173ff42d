// SPDX-License-Identifier: Apache-2.0
/**
 * Typology of regions (<em>Demografietypen</em>): zwk's own reproducible clustering over the
 * standardised profile vector ({@link zwk.profile.typology.Typology#cluster}), an official typology
 * taken as given ({@link zwk.profile.typology.Typology#of}), types described by their centroids in
 * words, and nearest-type assignment with the distance as a confidence.
 */
@NullMarked
package zwk.profile.typology;

import org.jspecify.annotations.NullMarked;
