// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection.assumption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import zwk.profile.population.BandSet;
import zwk.profile.projection.CohortComponentProjection;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.Migration;
import zwk.profile.projection.ProjectionResult;
import zwk.profile.projection.ProjectionYear;

/**
 * One variant of a population projection as data (JSON document {@code zwk.projection-assumptions}):
 * an id (e.g. {@code G2L2W1}), a base date (31.12. of the base year), and the assumptions on
 * fertility, mortality and migration, each with its sources. Projection year {@code t} runs from
 * 31.12.{@code t−1} to 31.12.{@code t}; the first is the year after the base date.
 */
public final class ProjectionAssumptions {
  private final String id;
  private final Optional<String> name;
  private final LocalDate baseDate;
  private final FertilityAssumption fertility;
  private final MortalityAssumption mortality;
  private final MigrationAssumption migration;
  private final List<String> notes;

  private ProjectionAssumptions(Builder b) {
    this.id = Values.required(b.id, "id", "a variant id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: expected a non-blank variant id, got '" + id + "'");
    }
    this.name = Optional.ofNullable(b.name);
    this.baseDate = Values.required(b.baseDate, "baseDate", "a date");
    this.fertility = Values.required(b.fertility, "fertility", "a fertility assumption");
    this.mortality = Values.required(b.mortality, "mortality", "a mortality assumption");
    this.migration = Values.required(b.migration, "migration", "a migration assumption");
    this.notes = List.copyOf(b.notes);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The variant id, e.g. {@code G2L2W1}. */
  public String id() {
    return id;
  }

  /** A descriptive name. */
  public Optional<String> name() {
    return name;
  }

  /** The base date (the start population's date). */
  public LocalDate baseDate() {
    return baseDate;
  }

  /** The base year (the year of the base date). */
  public int baseYear() {
    return baseDate.getYear();
  }

  /** Fertility. */
  public FertilityAssumption fertility() {
    return fertility;
  }

  /** Mortality. */
  public MortalityAssumption mortality() {
    return mortality;
  }

  /** Migration. */
  public MigrationAssumption migration() {
    return migration;
  }

  /** Notes: sources, methods, what is interpolated. */
  public List<String> notes() {
    return notes;
  }

  /** The same variant with another migration assumption (e.g. W2 instead of W1). */
  public ProjectionAssumptions withMigration(MigrationAssumption m) {
    return toBuilder().migration(m).build();
  }

  /** A builder holding this variant's values. */
  public Builder toBuilder() {
    Builder b = builder().id(id).baseDate(baseDate).fertility(fertility).mortality(mortality).migration(migration).notes(notes);
    name.ifPresent(b::name);
    return b;
  }

  /**
   * The assumptions of the years {@code baseYear()+1 … toYear} for populations with {@code bands},
   * migration at the variant's own level ({@code factor 1}). Computing them solves each year's life
   * tables; reuse the list for many regions ({@link ProjectionYear#withMigration}).
   *
   * @throws IllegalArgumentException when {@code toYear} is before the base year
   */
  public List<ProjectionYear> years(BandSet bands, int toYear) {
    return years(bands, baseYear(), toYear);
  }

  /**
   * The assumptions of the years {@code fromYear+1 … toYear} (a start population on 31.12.{@code
   * fromYear}, which may differ from the base date: the paths are by calendar year).
   *
   * @throws IllegalArgumentException when {@code toYear < fromYear}
   */
  public List<ProjectionYear> years(BandSet bands, int fromYear, int toYear) {
    if (toYear < fromYear) {
      throw new IllegalArgumentException("toYear: expected a year >= the start year " + fromYear + ", got " + toYear);
    }
    int maxAge = bands.band(bands.size() - 1).from() - 1;
    List<ProjectionYear> years = new ArrayList<>();
    for (int t = fromYear + 1; t <= toYear; t++) {
      years.add(ProjectionYear.of(mortality.forYear(t, bands), fertility.forYear(t, baseYear(), maxAge),
          migration.forYear(t, bands, 1)));
    }
    return years;
  }

  /**
   * The years of {@link #years(BandSet, int, int)} (from {@code fromYear}, with their migration at
   * factor 1) with the migration scaled by {@code factor} (a region's share of the national total).
   */
  public List<ProjectionYear> scaled(List<ProjectionYear> years, BandSet bands, int fromYear, double factor) {
    // the years carry the migration at factor 1 (from years(..)): scaling their arrays is the same as
    // migration.forYear(year, bands, factor) and avoids rebuilding the profile for every region
    List<ProjectionYear> out = new ArrayList<>(years.size());
    for (ProjectionYear y : years) {
      out.add(y.withMigration(y.migration().scaled(factor)));
    }
    return out;
  }

  /** Projects {@code start} (population on 31.12. of the base year) to 31.12.{@code toYear}. */
  public ProjectionResult project(Cohorts start, int toYear) {
    return CohortComponentProjection.project(start, years(start.bands(), toYear));
  }

  /** Projects {@code start}, the population on 31.12.{@code fromYear}, to 31.12.{@code toYear}. */
  public ProjectionResult project(Cohorts start, int fromYear, int toYear) {
    return CohortComponentProjection.project(start, years(start.bands(), fromYear, toYear));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProjectionAssumptions)) {
      return false;
    }
    ProjectionAssumptions a = (ProjectionAssumptions) o;
    return id.equals(a.id) && name.equals(a.name) && baseDate.equals(a.baseDate) && fertility.equals(a.fertility)
        && mortality.equals(a.mortality) && migration.equals(a.migration) && notes.equals(a.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, baseDate, fertility, mortality, migration, notes);
  }

  @Override
  public String toString() {
    return "ProjectionAssumptions[" + id + ", base " + baseDate + "]";
  }

  /** Builds {@link ProjectionAssumptions}. */
  public static final class Builder {
    private String id;
    private String name;
    private LocalDate baseDate;
    private FertilityAssumption fertility;
    private MortalityAssumption mortality;
    private MigrationAssumption migration;
    private List<String> notes = List.of();

    private Builder() {}

    /** The id. */
    public Builder id(String v) {
      this.id = v;
      return this;
    }

    /** The name. */
    public Builder name(String v) {
      this.name = v;
      return this;
    }

    /** The base date. */
    public Builder baseDate(LocalDate v) {
      this.baseDate = v;
      return this;
    }

    /** Fertility. */
    public Builder fertility(FertilityAssumption v) {
      this.fertility = v;
      return this;
    }

    /** Mortality. */
    public Builder mortality(MortalityAssumption v) {
      this.mortality = v;
      return this;
    }

    /** Migration. */
    public Builder migration(MigrationAssumption v) {
      this.migration = v;
      return this;
    }

    /** Notes. */
    public Builder notes(List<String> v) {
      this.notes = List.copyOf(v);
      return this;
    }

    /** @throws IllegalArgumentException or IllegalStateException naming the property */
    public ProjectionAssumptions build() {
      return new ProjectionAssumptions(this);
    }
  }
}
