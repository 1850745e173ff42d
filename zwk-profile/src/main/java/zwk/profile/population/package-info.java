/**
 * Compact population tables (<em>Bevölkerungsstand</em>) by region, reference date, sex and age,
 * with regrouping into age bands, aggregation up the AGS hierarchy and conversion from official
 * statistics tables.
 */
package zwk.profile.population;
