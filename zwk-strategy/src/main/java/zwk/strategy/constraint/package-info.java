// SPDX-License-Identifier: Apache-2.0
/**
 * The Hibernate Validator bootstrap: no Expression Language, constraints on Immutables accessors
 * honoured (docs/design.md rules 4 and 5), violations mapped to JSON pointers.
 */
@NullMarked
package zwk.strategy.constraint;

import org.jspecify.annotations.NullMarked;
