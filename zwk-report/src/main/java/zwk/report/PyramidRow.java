// SPDX-License-Identifier: Apache-2.0
package zwk.report;

import java.util.Objects;
import zwk.model.statistics.AgeBand;

/**
 * One row of the population pyramid (<em>Bevölkerungspyramide</em>): an age band and its male and
 * female population.
 *
 * @param band the age band, e.g. 20–24 or 75+
 * @param male male population, {@code >= 0}
 * @param female female population, {@code >= 0}
 */
public record PyramidRow(AgeBand band, long male, long female) {

  /** Checks the band and that the counts are not negative. */
  public PyramidRow {
    Objects.requireNonNull(band, "band");
    if (male < 0 || female < 0) {
      throw new IllegalArgumentException("male/female: expected counts >= 0, got " + male + "/" + female);
    }
  }

  /** The band's label: {@code 20-24}, {@code 75+}, {@code 5}. */
  public String label() {
    return band.toString();
  }

  /**
   * The band's width in years; an open band counts as {@value PyramidSvg#OPEN_BAND_YEARS} years (the
   * same assumption zwk-profile makes for mean ages).
   */
  public int years() {
    return band.to().isPresent() ? band.to().getAsInt() - band.from() + 1 : PyramidSvg.OPEN_BAND_YEARS;
  }
}
