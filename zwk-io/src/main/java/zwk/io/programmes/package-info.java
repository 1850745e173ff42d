/** The bundled programme data (DWK, ZWK, Zukunftsraum Demografie and their municipalities) as a parsed directory. */
package zwk.io.programmes;
