// SPDX-License-Identifier: Apache-2.0
/**
 * Demographic analysis for the Kommunalprofil: population tables, executable indicator definitions,
 * vital statistics, reference comparison, SWOT derivation and cohort-component population
 * projection ({@code zwk.profile.projection}), and the localizable reasons why a value is not
 * computable ({@code zwk.profile.reason}). Pure computation without I/O; the tables come from zwk-io.
 */
@NullMarked
package zwk.profile;

import org.jspecify.annotations.NullMarked;
