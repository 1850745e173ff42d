// SPDX-License-Identifier: Apache-2.0
/**
 * The Werkstattplan: guiding lines, goals, measures, implementation steps, budgets and revisions.
 */
@NullMarked
package zwk.model.plan;

import org.jspecify.annotations.NullMarked;
