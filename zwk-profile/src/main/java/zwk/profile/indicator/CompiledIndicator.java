// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

/**
 * An indicator compiled for one band set ({@link PopulationIndicator#compile}): the age ranges
 * already resolved to band indices, so that its value on a row is a few array reads. Its value is
 * the one {@link PopulationIndicator#compute(PopulationSnapshot, zwk.model.statistics.Sex)} gives
 * for {@code Sex.TOTAL}, computed with the same arithmetic in the same order (bit for bit), and
 * NaN exactly where that result is not computable.
 */
interface CompiledIndicator {
  /** NaN: never a value of an {@link IndicatorResult}, which is always finite. */
  double NOT_COMPUTABLE = Double.NaN;

  /** The value on the bands of one row. */
  double value(BandSums b);

  /** Whether it needs the totals of men and women. */
  default boolean needsSexes() {
    return false;
  }
}
