/**
 * Vital statistics: total fertility rate, life expectancy from a life table, natural and migration
 * balances, and migration by motive (Wegweiser Kommune) with four-year means.
 */
package zwk.profile.vital;
