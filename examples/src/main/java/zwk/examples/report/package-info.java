/**
 * The Kommunalprofil as one self-contained HTML page (inline CSS and SVG, no scripts): a small view
 * model ({@link zwk.examples.report.ProfileReport}), its renderer
 * ({@link zwk.examples.report.HtmlReportRenderer}) and the adapter from zwk-profile's results
 * ({@link zwk.examples.report.ProfileReports}).
 */
package zwk.examples.report;
