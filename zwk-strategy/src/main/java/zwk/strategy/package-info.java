// SPDX-License-Identifier: Apache-2.0
/**
 * Strategy validation (<em>Strategieprüfung</em>): {@link zwk.strategy.StrategyValidator} checks a
 * {@link zwk.model.strategy.MunicipalStrategy} against the DWK/ZWK method and returns a
 * {@link zwk.strategy.ValidationReport} of {@link zwk.strategy.Finding}s; the stage gate
 * ({@link zwk.strategy.StrategyValidator#canAdvance}), the maturity score ({@link zwk.strategy.Maturity})
 * and the Demografie-Check evaluation ({@link zwk.strategy.DemographyCheckEvaluator}) build on it.
 * The rules are listed in {@code docs/rules.md}.
 */
@NullMarked
package zwk.strategy;

import org.jspecify.annotations.NullMarked;
