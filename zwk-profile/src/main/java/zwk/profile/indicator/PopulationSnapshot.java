// SPDX-License-Identifier: Apache-2.0
package zwk.profile.indicator;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import zwk.model.statistics.Sex;
import zwk.profile.population.AgeDistribution;
import zwk.profile.population.PopulationTable;

/**
 * The population of one region at one reference date: an age distribution per sex (male, female,
 * total; any may be absent). The input of every {@link PopulationIndicator}.
 */
public final class PopulationSnapshot {
  private final String regionKey;
  private final LocalDate date;
  private final Map<Sex, AgeDistribution> bySex;

  private PopulationSnapshot(String regionKey, LocalDate date, Map<Sex, AgeDistribution> bySex) {
    this.regionKey = regionKey;
    this.date = date;
    this.bySex = bySex;
  }

  /**
   * The snapshot of a region and date of a table (all three sexes).
   *
   * @throws IllegalArgumentException when the table does not hold the region or date
   */
  public static PopulationSnapshot of(PopulationTable table, String region, LocalDate date) {
    Map<Sex, AgeDistribution> m = new EnumMap<>(Sex.class);
    for (Sex s : Sex.values()) {
      m.put(s, table.distribution(region, date, s));
    }
    return new PopulationSnapshot(region, date, m);
  }

  /** A snapshot from explicit distributions (the total is required; male and female may be null). */
  public static PopulationSnapshot of(String region, LocalDate date, AgeDistribution total, @Nullable AgeDistribution male,
      @Nullable AgeDistribution female) {
    Map<Sex, AgeDistribution> m = new EnumMap<>(Sex.class);
    m.put(Sex.TOTAL, Objects.requireNonNull(total, "total"));
    if (male != null) {
      m.put(Sex.MALE, male);
    }
    if (female != null) {
      m.put(Sex.FEMALE, female);
    }
    return new PopulationSnapshot(region, date, m);
  }

  /** Region key. */
  public String regionKey() {
    return regionKey;
  }

  /** Reference date; empty for synthetic snapshots. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The distribution of one sex, if present. */
  public Optional<AgeDistribution> distribution(Sex sex) {
    return Optional.ofNullable(bySex.get(sex));
  }
}
