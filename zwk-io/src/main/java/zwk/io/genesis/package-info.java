// SPDX-License-Identifier: Apache-2.0
/**
 * Reader of Destatis GENESIS / Regionaldatenbank exports into statistics tables.
 */
@NullMarked
package zwk.io.genesis;

import org.jspecify.annotations.NullMarked;
