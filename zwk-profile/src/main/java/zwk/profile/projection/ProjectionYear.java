// SPDX-License-Identifier: Apache-2.0
package zwk.profile.projection;

import java.util.Objects;

/**
 * The assumptions of one projection year: mortality, fertility (with the sex ratio at birth) and net
 * migration. Immutable.
 */
public final class ProjectionYear {
  private final Mortality mortality;
  private final Fertility fertility;
  private final Migration migration;

  private ProjectionYear(Mortality mortality, Fertility fertility, Migration migration) {
    this.mortality = Objects.requireNonNull(mortality, "mortality");
    this.fertility = Objects.requireNonNull(fertility, "fertility");
    this.migration = Objects.requireNonNull(migration, "migration");
  }

  /** A year with the given assumptions. */
  public static ProjectionYear of(Mortality mortality, Fertility fertility, Migration migration) {
    return new ProjectionYear(mortality, fertility, migration);
  }

  /** A year without migration. */
  public static ProjectionYear withoutMigration(Mortality mortality, Fertility fertility) {
    return new ProjectionYear(mortality, fertility, Migration.none());
  }

  /** Mortality. */
  public Mortality mortality() {
    return mortality;
  }

  /** Fertility. */
  public Fertility fertility() {
    return fertility;
  }

  /** Net migration. */
  public Migration migration() {
    return migration;
  }

  /** The same year with other migration. */
  public ProjectionYear withMigration(Migration m) {
    return new ProjectionYear(mortality, fertility, m);
  }

  @Override
  public String toString() {
    return "ProjectionYear[" + mortality + ", " + fertility + ", " + migration + "]";
  }
}
