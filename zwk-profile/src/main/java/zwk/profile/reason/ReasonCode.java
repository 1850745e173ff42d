// SPDX-License-Identifier: Apache-2.0
package zwk.profile.reason;

/**
 * Why a count or an indicator is not computable: the stable, locale-independent code of a
 * {@link Reason}. Programs test the code; people read {@link Reason#render(java.util.Locale)}. The
 * names are part of the API and do not change; the parameters each code carries are listed here
 * (see {@link Reason#parameters()}).
 */
public enum ReasonCode {
  /** No age band starts at the requested age. Parameters {@code age}, {@code bands}. */
  NO_BAND_STARTS_AT,
  /** No age band ends at the requested age. Parameters {@code age}, {@code bands}. */
  NO_BAND_ENDS_AT,
  /** Ages "n and over" requested, but the top band is closed. Parameters {@code age}, {@code bands}. */
  CLOSED_TOP_BAND,
  /** An age range whose end lies before its start. Parameters {@code from}, {@code to}. */
  EMPTY_AGE_RANGE,
  /**
   * A cell holds a GENESIS special value instead of a number ({@code .}, {@code x}, {@code ...},
   * {@code /}). Parameters {@code band}, {@code state} (a {@link zwk.model.statistics.ValueState}).
   */
  CELL_NOT_KNOWN,
  /** No value was supplied for a cell. Parameter {@code band}. */
  CELL_MISSING,
  /** The denominator is 0 (division by zero). No parameters. */
  ZERO_DENOMINATOR,
  /** The population is 0, so a mean or median age does not exist. No parameters. */
  ZERO_POPULATION,
  /** The snapshot holds no age distribution for a sex. Parameter {@code sex}. */
  NO_DISTRIBUTION,
  /** The sex ratio needs the male and the female distribution. No parameters. */
  NEEDS_BOTH_SEXES,
  /** The table holds no population at a reference date. Parameter {@code date}. */
  NO_DATA_AT_DATE,
  /** An age of the fertility span has no rate. Parameters {@code age}, {@code from}, {@code to}. */
  NO_FERTILITY_RATE,
  /** A fertility rate is negative or not finite. Parameters {@code age}, {@code value}. */
  INVALID_FERTILITY_RATE,
  /** A fertility rate lies outside the span. Parameters {@code age}, {@code from}, {@code to}. */
  FERTILITY_RATE_OUTSIDE_SPAN,
  /** The column of death probabilities is empty. No parameters. */
  NO_DEATH_PROBABILITIES,
  /** A death probability lies outside 0..1 or is not finite. Parameters {@code age}, {@code value}. */
  INVALID_DEATH_PROBABILITY,
  /** The open last age has the death probability 0 (nobody would ever leave it). Parameter {@code age}. */
  ZERO_LAST_DEATH_PROBABILITY,
  /**
   * A caller's own reason, shown as given in every language. Parameter {@code text}. Used by
   * {@code IndicatorResult.notComputable(String)} and {@code CountResult.notAvailable(String)}.
   */
  CUSTOM
}
