// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zwk.model.region.RegionLevel;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;

/**
 * The {@code --level} of the commands that read a population export ({@code indicators},
 * {@code project}): parsing a level and selecting the regions of a level from a table. One place,
 * so that {@code zwk indicators --level land} and {@code zwk project --level land} choose the same
 * regions from the same file.
 */
final class Levels {
  private Levels() {}

  /**
   * A level: {@code germany}, {@code land}/{@code state}, {@code kreis}/{@code district},
   * {@code municipality}, {@code bund}/{@code dg}, or a German or English label of {@link RegionLevel}.
   *
   * @throws CliInputException for anything else
   */
  static RegionLevel parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "germany":
      case "bund":
      case "dg":
        return RegionLevel.COUNTRY;
      case "land":
      case "state":
        return RegionLevel.STATE;
      case "kreis":
      case "district":
        return RegionLevel.DISTRICT;
      case "municipality":
        return RegionLevel.MUNICIPALITY;
      default:
        try {
          return RegionLevel.parse(t);
        } catch (IllegalArgumentException e) {
          throw new CliInputException("--level: expected gemeinde, kreis, regierungsbezirk, land or deutschland, got '"
              + zwk.io.csv.CsvFormatException.clip(text) + "'");
        }
    }
  }

  /**
   * The regions of {@code level}: those in the table if it has any, else the sums of the table's
   * Kreise (failing that, Gemeinden; failing that, Länder, as in a Länder export summed to Germany)
   * at that level. Kreise first, because a Kreise export also
   * holds a few municipalities (Hannover, Aachen, Saarbrücken inside their Kreis, the Berlin
   * districts), which must not stand for their Land.
   *
   * @param file the input, for the message
   * @throws CliInputException when there is neither
   */
  static PopulationTable select(PopulationTable t, RegionLevel level, Path file, Locale locale) {
    List<String> own = new ArrayList<>();
    for (String k : t.regions()) {
      if (PopulationTables.asAgs(k).map(a -> a.level() == level).orElse(false)) {
        own.add(k);
      }
    }
    if (!own.isEmpty()) {
      return t.selectRegions(own);
    }
    for (RegionLevel from : new RegionLevel[] {RegionLevel.DISTRICT, RegionLevel.MUNICIPALITY, RegionLevel.STATE}) {
      if (from.ordinal() > level.ordinal()
          && t.regions().stream().anyMatch(k -> PopulationTables.asAgs(k).map(a -> a.level() == from).orElse(false))) {
        return PopulationTables.aggregate(t, from, level);
      }
    }
    throw new CliInputException(file + ": no regions of level " + level.label(locale) + " and none finer to sum them from");
  }
}
