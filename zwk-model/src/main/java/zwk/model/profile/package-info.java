// SPDX-License-Identifier: Apache-2.0
/**
 * The Kommunalprofil: indicators with reference values, the inventory of existing measures and the SWOT.
 */
@NullMarked
package zwk.model.profile;

import org.jspecify.annotations.NullMarked;
