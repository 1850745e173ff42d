// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zwk.model.statistics.Sex;
import zwk.profile.population.BandSet;
import zwk.profile.projection.Migration;

/**
 * The migration assumption of a projection variant: the net migration (<em>Wanderungssaldo</em>,
 * persons per year, any sign) per year, and its age-sex profile: shares by sex and single year of
 * age {@code 0 … ω} (the last age open), normally adding up to 1 over both sexes (any non-zero sum is
 * normalised; a negative sum describes a region that loses people on balance). A share may be negative:
 * at some ages more people leave than arrive even when the total is positive (e.g. the elderly and
 * young adults leaving for study or work abroad). The net migrants of year {@code t}, sex {@code s}
 * and age {@code x} are {@code M_{s,x}(t) = N(t) · p_{s,x} / Σ p}.
 */
public final class MigrationAssumption {
  private final List<YearValue> netMigration;
  private final List<Double> profileMale;
  private final List<Double> profileFemale;
  private final Optional<String> source;

  private MigrationAssumption(Builder b) {
    this.netMigration = YearValue.checkPath(Values.required(b.netMigration, "netMigration", "a path"), "netMigration",
        Double.NEGATIVE_INFINITY);
    this.profileMale = Values.check(Values.required(b.profileMale, "profileMale", "shares by age"), "profileMale",
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    this.profileFemale = Values.check(Values.required(b.profileFemale, "profileFemale", "shares by age"), "profileFemale",
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    if (profileFemale.size() != profileMale.size()) {
      throw new IllegalArgumentException("profileFemale: expected " + profileMale.size() + " ages like profileMale, got "
          + profileFemale.size());
    }
    double sum = Values.sum(profileMale) + Values.sum(profileFemale);
    if (!(Math.abs(sum) > 1e-12)) {
      throw new IllegalArgumentException("profileMale: expected shares with a non-zero sum over both sexes, got " + sum);
    }
    this.source = Optional.ofNullable(b.source);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Net migration per year. */
  public List<YearValue> netMigration() {
    return netMigration;
  }

  /** Shares of boys and men by single age {@code 0 … ω}. */
  public List<Double> profileMale() {
    return profileMale;
  }

  /** Shares of girls and women by single age. */
  public List<Double> profileFemale() {
    return profileFemale;
  }

  /** Where the values come from. */
  public Optional<String> source() {
    return source;
  }

  /**
   * The net migrants of {@code year} by band, the national total multiplied by {@code factor} (1 for
   * the area the assumption is made for; a region's share of it otherwise). Ages of the profile at and
   * above the open band of {@code bands} are summed into it; bands beyond the profile get 0.
   */
  public Migration forYear(int year, BandSet bands, double factor) {
    double total = YearValue.at(netMigration, year) * factor;
    double sum = Values.sum(profileMale) + Values.sum(profileFemale);
    return Migration.of(collapse(profileMale, bands, total / sum), collapse(profileFemale, bands, total / sum));
  }

  private static double[] collapse(List<Double> p, BandSet bands, double scale) {
    int n = bands.size();
    double[] v = new double[n];
    for (int x = 0; x < p.size(); x++) {
      v[Math.min(x, n - 1)] += p.get(x) * scale;
    }
    return v;
  }

  /** The profile's share of {@code sex} at {@code age} (0 beyond the profile), normalised to a sum of 1. */
  public double share(Sex sex, int age) {
    List<Double> p = sex == Sex.MALE ? profileMale : profileFemale;
    return age < p.size() ? p.get(age) / (Values.sum(profileMale) + Values.sum(profileFemale)) : 0;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MigrationAssumption)) {
      return false;
    }
    MigrationAssumption m = (MigrationAssumption) o;
    return netMigration.equals(m.netMigration) && profileMale.equals(m.profileMale) && profileFemale.equals(m.profileFemale)
        && source.equals(m.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(netMigration, profileMale, profileFemale, source);
  }

  @Override
  public String toString() {
    return "MigrationAssumption[net " + netMigration + ", " + profileMale.size() + " ages]";
  }

  /** Builds a {@link MigrationAssumption}. */
  public static final class Builder {
    private List<YearValue> netMigration;
    private List<Double> profileMale;
    private List<Double> profileFemale;
    private String source;

    private Builder() {}

    /** Net migration path. */
    public Builder netMigration(List<YearValue> v) {
      this.netMigration = v;
      return this;
    }

    /** Male shares. */
    public Builder profileMale(List<Double> v) {
      this.profileMale = v;
      return this;
    }

    /** Female shares. */
    public Builder profileFemale(List<Double> v) {
      this.profileFemale = v;
      return this;
    }

    /** The source. */
    public Builder source(String v) {
      this.source = v;
      return this;
    }

    /** @throws IllegalArgumentException or IllegalStateException naming the property */
    public MigrationAssumption build() {
      return new MigrationAssumption(this);
    }
  }
}
