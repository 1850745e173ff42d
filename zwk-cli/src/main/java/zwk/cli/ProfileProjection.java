// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import zwk.io.projection.BundledAssumptions;
import zwk.model.profile.MunicipalProfile;
import zwk.model.region.Ags;
import zwk.model.statistics.Sex;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.projection.assumption.ProjectionAssumptions;
import zwk.profile.projection.assumption.ProjectionIndicators;
import zwk.profile.projection.assumption.RegionalProjection;

/**
 * The projection part of {@code zwk profile}: the region projected to 31.12.{@link #TO_YEAR} with the
 * chosen assumptions, its net migration scaled by its share of the regions of its level in the file,
 * added to the profile as {@link ProjectionIndicators}. A region that cannot be projected (unknown
 * cells, a date that is not 31 December, no open top band) gets no projection and a note on stderr;
 * the profile itself is never refused for it.
 */
final class ProfileProjection {
  /** The horizon of the profile's projection. */
  static final int TO_YEAR = 2040;

  private ProfileProjection() {}

  static MunicipalProfile add(MunicipalProfile profile, PopulationTable table, Ags ags, LocalDate date, String assumptions,
      PrintStream err) {
    ProjectionAssumptions a;
    try {
      a = BundledAssumptions.resolve(assumptions);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("--assumptions: " + e.getMessage());
    }
    if (!MonthDay.from(date).equals(MonthDay.of(12, 31)) || date.getYear() >= TO_YEAR) {
      err.println("zwk: no projection: the population date " + date + " is not a 31 December before " + TO_YEAR);
      return profile;
    }
    List<String> peers = new ArrayList<>();
    for (String k : table.regions()) {
      if (PopulationTables.asAgs(k).map(x -> x.level() == ags.level()).orElse(false)) {
        peers.add(k);
      }
    }
    try {
      double reference = 0;
      for (String k : peers) {
        reference += table.distribution(table.regionIndex(k), table.requireDate(date), Sex.TOTAL).total().value();
      }
      RegionalProjection p = RegionalProjection.projectAll(table, List.of(ags.code()), date, a, TO_YEAR, reference);
      return ProjectionIndicators.addTo(profile, p, ags.code(), a);
    } catch (IllegalArgumentException e) {
      err.println("zwk: no projection for " + ags.code() + ": " + e.getMessage());
      return profile;
    }
  }
}
