// SPDX-License-Identifier: Apache-2.0
/**
 * Participation: events such as the Zukunftswerkstatt, ideas and action-field priorities.
 */
@NullMarked
package zwk.model.participation;

import org.jspecify.annotations.NullMarked;
