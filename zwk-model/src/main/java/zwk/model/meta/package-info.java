// SPDX-License-Identifier: Apache-2.0
/**
 * The metamodel: one description of every model type's attributes, generated at build time from the
 * Immutables {@code *Def} types, from which zwk-io's JSON bindings, JSON Schemas and flat-table
 * checks and zwk-testkit's coverage checks are derived. Meant for zwk's own modules; applications
 * use the value types.
 */
@NullMarked
package zwk.model.meta;

import org.jspecify.annotations.NullMarked;
