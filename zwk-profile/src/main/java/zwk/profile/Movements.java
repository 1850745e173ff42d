// SPDX-License-Identifier: Apache-2.0
package zwk.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import zwk.profile.population.PopulationTable;

/**
 * Migration movements for a Kommunalprofil: in- and out-migration by age (same regions and bands
 * as needed by the motives) for the years of the four-year mean, each under the reference date that
 * closes the year; optionally births and deaths of the last year for the natural balance.
 */
public final class Movements {
  private final PopulationTable inMigration;
  private final PopulationTable outMigration;
  private final List<LocalDate> years;
  private final Long births;
  private final Long deaths;

  private Movements(PopulationTable in, PopulationTable out, List<LocalDate> years, Long births, Long deaths) {
    this.inMigration = Objects.requireNonNull(in, "inMigration");
    this.outMigration = Objects.requireNonNull(out, "outMigration");
    this.years = List.copyOf(years);
    if (this.years.isEmpty()) {
      throw new IllegalArgumentException("years: expected at least one reference date, got none");
    }
    this.births = births;
    this.deaths = deaths;
  }

  /** Movements for the given years (four for the Wegweiser four-year mean). */
  public static Movements of(PopulationTable in, PopulationTable out, List<LocalDate> years) {
    return new Movements(in, out, years, null, null);
  }

  /** The same with births and deaths of the last year. */
  public Movements withBirthsAndDeaths(long births, long deaths) {
    if (births < 0 || deaths < 0) {
      throw new IllegalArgumentException("births/deaths: expected counts >= 0, got " + births + "/" + deaths);
    }
    return new Movements(inMigration, outMigration, years, births, deaths);
  }

  /** In-migration (Zuzüge) by age. */
  public PopulationTable inMigration() {
    return inMigration;
  }

  /** Out-migration (Fortzüge) by age. */
  public PopulationTable outMigration() {
    return outMigration;
  }

  /** The years (reference dates) of the mean. */
  public List<LocalDate> years() {
    return years;
  }

  /** Live births of the last year, if given. */
  public java.util.OptionalLong births() {
    return births == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(births);
  }

  /** Deaths of the last year, if given. */
  public java.util.OptionalLong deaths() {
    return deaths == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(deaths);
  }
}
