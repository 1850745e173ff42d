// SPDX-License-Identifier: Apache-2.0
package zwk.profile.reason;

/**
 * The part of a computation a {@link Reason} lies in, shown before the cause ("Zähler: …",
 * "numerator: …"). {@link #YEAR} carries a reference date ({@link ReasonContext#date()}).
 */
public enum ReasonPart {
  /** The numerator of a ratio (Zähler). */
  NUMERATOR,
  /** The denominator of a ratio (Nenner). */
  DENOMINATOR,
  /** The population at the start of a period (Anfangsbestand). */
  START_POPULATION,
  /** The population at the end of a period (Endbestand). */
  END_POPULATION,
  /** In-migration (Zuzüge). */
  IN_MIGRATION,
  /** Out-migration (Fortzüge). */
  OUT_MIGRATION,
  /** Live births (Lebendgeborene). */
  BIRTHS,
  /** Deaths (Gestorbene). */
  DEATHS,
  /** One year of a multi-year mean, named by its reference date. */
  YEAR
}
