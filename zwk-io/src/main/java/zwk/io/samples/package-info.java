/** The bundled sample documents (Barleben strategy, toolbox of real tools) as parsed objects. */
package zwk.io.samples;
