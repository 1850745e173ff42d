package zwk.examples.report;

import java.util.Objects;

/**
 * One row of the population pyramid (<em>Bevölkerungspyramide</em>): an age band and its male and
 * female population.
 *
 * @param ageBand the band's label, e.g. {@code "20-24"} or {@code "75+"}
 * @param male male population, {@code >= 0}
 * @param female female population, {@code >= 0}
 */
public record PyramidRow(String ageBand, long male, long female) {

  /** Checks the label and that the counts are not negative. */
  public PyramidRow {
    Objects.requireNonNull(ageBand, "ageBand");
    if (male < 0 || female < 0) {
      throw new IllegalArgumentException("male/female: expected counts >= 0, got " + male + "/" + female);
    }
  }
}
