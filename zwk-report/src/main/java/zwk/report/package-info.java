// SPDX-License-Identifier: Apache-2.0
/**
 * The Kommunalprofil as one self-contained HTML page (inline CSS and SVG, no scripts): a small view
 * model ({@link zwk.report.ProfileReport}), its renderer
 * ({@link zwk.report.HtmlReportRenderer}) and the adapter from zwk-profile's results
 * ({@link zwk.report.ProfileReports}).
 */
@NullMarked
package zwk.report;

import org.jspecify.annotations.NullMarked;
