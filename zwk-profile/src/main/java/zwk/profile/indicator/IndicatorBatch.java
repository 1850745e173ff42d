// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.population.PopulationTable;

/**
 * A list of indicators computed together for every region and date of a table, for tables of
 * hundreds of thousands of rows: per row one pass over the bands (prefix sums), then each of zwk's
 * own indicators in O(1) from them, with no {@link IndicatorResult} or {@link PopulationSnapshot}
 * per value. The values are those of
 * {@link PopulationIndicator#compute(PopulationSnapshot, Sex) compute(snapshot, Sex.TOTAL)}, bit for
 * bit (the same arithmetic in the same order), with {@code NaN} where that result is not computable
 * (an {@link IndicatorResult} is never NaN); the reason is not kept (compute the indicator itself
 * for it). Indicators of other classes are computed through their own {@code compute}.
 *
 * <p>Not thread-safe (it holds the scratch space of a row): one batch per thread.
 */
public final class IndicatorBatch {
  private final List<PopulationIndicator> indicators;
  private final BandSet bands;
  private final @Nullable CompiledIndicator[] compiled;
  private final boolean sexes;
  private final boolean fallback;
  private final BandSums sums;

  private IndicatorBatch(List<PopulationIndicator> indicators, BandSet bands) {
    this.indicators = List.copyOf(indicators);
    this.bands = Objects.requireNonNull(bands, "bands");
    this.compiled = new CompiledIndicator[this.indicators.size()];
    boolean s = false;
    boolean f = false;
    for (int k = 0; k < compiled.length; k++) {
      CompiledIndicator c = this.indicators.get(k).compile(bands);
      compiled[k] = c;
      s |= c != null && c.needsSexes();
      f |= c == null;
    }
    this.sexes = s;
    this.fallback = f;
    this.sums = new BandSums(bands.size());
  }

  /**
   * The indicators compiled for tables in {@code bands}.
   *
   * @throws NullPointerException when an indicator is null
   */
  public static IndicatorBatch of(List<? extends PopulationIndicator> indicators, BandSet bands) {
    return new IndicatorBatch(List.copyOf(indicators), bands);
  }

  /** The indicators, in the order of the values. */
  public List<PopulationIndicator> indicators() {
    return indicators;
  }

  /** Number of indicators (the length {@link #compute} fills). */
  public int size() {
    return compiled.length;
  }

  /**
   * Computes every indicator for region {@code regionIndex} and date {@code dateIndex} of
   * {@code table} into {@code values[0 … size()-1]}: the value, or NaN when not computable.
   *
   * @throws IllegalArgumentException when the table's bands are not the batch's, or {@code values}
   *     is shorter than {@link #size()}
   * @throws IndexOutOfBoundsException for a bad index
   */
  public void compute(PopulationTable table, int regionIndex, int dateIndex, double[] values) {
    if (table.bands() != bands && !table.bands().equals(bands)) {
      throw new IllegalArgumentException("table: expected the bands " + bands + ", got " + table.bands());
    }
    if (values.length < compiled.length) {
      throw new IllegalArgumentException("values: expected at least " + compiled.length + " slots, got " + values.length);
    }
    Objects.checkIndex(regionIndex, table.regions().size());
    Objects.checkIndex(dateIndex, table.dates().size());
    sums.fill(table, regionIndex, dateIndex, sexes);
    PopulationSnapshot snap = null;
    for (int k = 0; k < compiled.length; k++) {
      CompiledIndicator c = compiled[k];
      if (c instanceof RangeRatio) {
        values[k] = ((RangeRatio) c).value(sums); // most of the set: a direct call
        continue;
      }
      if (c != null) {
        values[k] = c.value(sums);
        continue;
      }
      if (snap == null) {
        snap = PopulationSnapshot.of(table, table.regions().get(regionIndex), table.dates().get(dateIndex));
      }
      IndicatorResult r = indicators.get(k).compute(snap, Sex.TOTAL);
      values[k] = r.isComputable() ? r.value() : Double.NaN;
    }
  }

  /** Whether some indicator has no compiled form (computed through its own code). */
  boolean hasFallback() {
    return fallback;
  }
}
