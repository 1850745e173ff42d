/**
 * Demographic analysis for the Kommunalprofil: population tables, executable indicator definitions,
 * vital statistics, reference comparison and SWOT derivation. Pure computation without I/O; the
 * tables come from zwk-io.
 */
package zwk.profile;
