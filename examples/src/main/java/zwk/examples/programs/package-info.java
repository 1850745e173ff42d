// SPDX-License-Identifier: Apache-2.0
/**
 * Short example programs, one per kind of user, each run by a test: a vendor validating a strategy
 * ({@link zwk.examples.programs.VendorValidation}), a researcher computing indicators for all Kreise
 * ({@link zwk.examples.programs.ResearcherIndicators}), a municipality building its Kommunalprofil
 * and report ({@link zwk.examples.programs.MunicipalityReport}).
 */
package zwk.examples.programs;
