// SPDX-License-Identifier: Apache-2.0
/**
 * The aggregate root {@link zwk.model.strategy.MunicipalStrategy}.
 */
@NullMarked
package zwk.model.strategy;

import org.jspecify.annotations.NullMarked;
