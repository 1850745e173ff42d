/** Import of official typologies (e.g. the Demografietypen of Wegweiser Kommune) from CSV. */
package zwk.io.typology;
