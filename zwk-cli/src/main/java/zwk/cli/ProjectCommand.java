// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.io.csv.CsvFormatException;
import zwk.io.projection.BundledAssumptions;
import zwk.model.region.Ags;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.projection.Cohorts;
import zwk.profile.projection.assumption.ProjectionAssumptions;
import zwk.profile.projection.assumption.RegionalProjection;
import zwk.profile.projection.assumption.TrendVariant;

/**
 * {@code zwk project}: a cohort-component projection of the regions of a GENESIS population export
 * with a bundled variant of the 14th coordinated projection or an assumptions file, as the long CSV
 * table {@code key;name;year;sex;age_from;age_to;value} (31 December of each year from the start,
 * sex m and w, whole persons), as JSON or as Parquet (the CSV's columns typed, {@link
 * zwk.parquet.ProjectionParquet}).
 */
@Command(name = "project", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Berechnet eine Bevölkerungsvorausberechnung (Kohorten-Komponenten-Methode) für Regionen eines"
        + " GENESIS-Bevölkerungsexports.",
        "Projects the population of the regions of a GENESIS population export (cohort-component method), as CSV:",
        "  key;name;year;sex;age_from;age_to;value",
        "one row per region, year (31 December, the start year first), sex (m, w) and single year of age; age_to empty",
        "for the open band; value in whole persons (rounded half up). Age groups are split uniformly to single years."})
final class ProjectCommand extends BaseCommand {
  /** The columns (a documented contract). */
  static final List<String> HEADER = List.of("key", "name", "year", "sex", "age_from", "age_to", "value");

  /** Output formats. */
  enum Format { csv, json, parquet }

  @Option(names = "--population", required = true, paramLabel = "FILE",
      description = "GENESIS-Bevölkerungsexport / GENESIS population export (single years or age groups).")
  Path population;

  static final class Selection {
    @Option(names = "--key", paramLabel = "KEY", description = "Nur diese Region / only this region (AGS or ARS).")
    String key;

    @Option(names = "--level", paramLabel = "LEVEL",
        description = "Alle Regionen dieser Ebene / every region of this level: germany, land, kreis, municipality "
            + "(German labels too). A coarser level than the file's is summed from it; germany sums the whole file.")
    String level;
  }

  @ArgGroup(exclusive = true)
  Selection selection = new Selection();

  @Option(names = "--assumptions", paramLabel = "VARIANT|FILE", defaultValue = "G2L2W1",
      description = "Annahmen / assumptions: a bundled variant of the 14th coordinated projection (G2L2W1 default, "
          + "G2L2W2, G2L2W3, G1L3W1, G3L1W3, G1L2W2, G3L2W2, G2L1W2, G2L3W2, G1L1W1, G3L3W3) or a "
          + "zwk.projection-assumptions JSON file.")
  String assumptions;

  @Option(names = "--trend", paramLabel = "FROM-TO",
      description = "Trendvariante / trend variant: each region's own net migration (level and age-sex profile), the "
          + "mean of the years FROM-TO by the residual method, carried forward; fertility and mortality stay those of "
          + "--assumptions. Needs single years of age and the population on 31.12. of FROM … TO in the file.")
  String trend;

  @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2040",
      description = "Letztes Jahr / last year (31 December; default 2040).")
  int to;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Startbevölkerung / date of the start population (default: the assumptions' base date if the file "
          + "has it, else the file's latest date).")
  LocalDate date;

  @Option(names = "--consistent-with", paramLabel = "LEVEL",
      description = "Ergebnisse an die Vorausberechnung dieser höheren Ebene anpassen / adjust the results so that they "
          + "add up, per year, sex and age, to the projection of this higher level (germany, land or kreis).")
  String consistentWith;

  @Option(names = "--format", paramLabel = "csv|json|parquet", defaultValue = "csv",
      description = "csv (default), json, or parquet (Apache Parquet: the CSV's columns typed, year and ages int32, "
          + "value int64 in whole persons as in the CSV; --profile applies to CSV only).")
  Format format;

  @Mixin
  CsvProfileOption profile;

  @Mixin
  ImportOptions importOptions;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    TableFormatOption.refuseProfile(format == Format.parquet, profile);
    ProjectionAssumptions a;
    try {
      a = BundledAssumptions.resolve(assumptions);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("--assumptions: " + e.getMessage());
    }
    PopulationInput input = readPopulation(population, importOptions);
    PopulationTable all = input.table();
    LocalDate start = startDate(all, a);
    if (to < start.getYear()) {
      throw new CliInputException("--to: expected a year >= the start year " + start.getYear() + ", got " + to);
    }
    PopulationTable table;
    List<String> regions;
    if (selection.key != null) {
      String k = ProfileCommand.parseKey(selection.key).code();
      RegionLevel level = Ags.of(k).level();
      table = Levels.select(all, level, population, locale());
      if (!table.hasRegion(k)) {
        throw new CliInputException(population + ": region " + k + " not found; the file holds " + all.regions().size()
            + " regions (e.g. " + String.join(", ", all.regions().subList(0, Math.min(3, all.regions().size()))) + ")");
      }
      regions = List.of(k);
    } else {
      RegionLevel level = selection.level != null ? Levels.parse(selection.level) : finest(all);
      table = Levels.select(all, level, population, locale());
      regions = table.regions();
    }
    double reference = 0;
    int d = table.requireDate(start);
    for (int r = 0; r < table.regions().size(); r++) {
      var total = table.distribution(r, d, Sex.TOTAL).total();
      if (!total.isKnown()) {
        // e.g. the Berlin districts of a Kreise export ('.'): a projection needs every cell of its start
        throw new CliInputException(population + ": region " + table.regions().get(r) + ": the population on " + start
            + " is not known in every age band; choose --level or --key with known cells");
      }
      reference += total.value();
    }
    int[] trendYears = trend == null ? null : trendYears(trend, table);
    RegionalProjection result;
    try (Progress p = progress("progress.projecting", regions.size())) {
      if (trendYears != null) {
        PopulationTable own = table;
        result = RegionalProjection.projectEach(table, regions, start, a,
            k -> TrendVariant.derive(own, k, trendYears[0], trendYears[1], a).migration(), to);
      } else {
        result = RegionalProjection.projectAll(table, regions, start, a, to, reference);
      }
      if (consistentWith != null) {
        RegionLevel higher = Levels.parse(consistentWith);
        RegionLevel own = Ags.of(regions.get(0)).level();
        if (higher.ordinal() >= own.ordinal()) {
          throw new CliInputException("--consistent-with: expected a level above " + own.label(locale()) + ", got '"
              + CsvFormatException.clip(consistentWith) + "'");
        }
        PopulationTable up = PopulationTables.aggregate(table, own, higher);
        RegionalProjection whole = RegionalProjection.projectAll(up, up.regions(), start, a, to, reference);
        result = result.consistentWith(whole, k -> higher == RegionLevel.COUNTRY ? "DG"
            : PopulationTables.ancestor(Ags.of(k), higher).map(Ags::code).orElse(k));
      }
    } catch (IllegalArgumentException e) {
      throw new CliInputException(population + ": " + e.getMessage());
    }
    // the trend variant is named as TrendVariant names a region's own: the national id and the years
    String id = trendYears == null ? a.id() : a.id() + "+TREND-" + trendYears[0] + "-" + trendYears[1];
    // one place the output comes from (CommandOutput): atomic file writes, an input as output refused
    try (CommandOutput o = openOutput(output)) {
      OutputStream os = o.stream();
      if (format == Format.json) {
        ProjectionJson.write(result, id, k -> input.name(k, locale()), os);
      } else if (format == Format.parquet) {
        zwk.parquet.ProjectionParquet.write(result, k -> input.name(k, locale()), java.util.Map.of("zwk.source",
            population.getFileName().toString(), "zwk.table", "project", "zwk.assumptions", id), os);
      } else {
        writeCsv(result, input, os);
      }
      o.commit();
    }
    return ExitCodes.OK;
  }

  private void writeCsv(RegionalProjection result, PopulationInput input, OutputStream os) throws java.io.IOException {
    Optional<CsvExportProfile> csvProfile = profile.value();
    try (CsvOutput csv = CsvOutput.open(os, csvProfile)) {
      csv.header(HEADER);
      for (String key : result.regions()) {
        CsvCell name = CsvCell.text(input.name(key, locale()));
        CsvCell keyCell = CsvCell.raw(key);
        for (int k = 0; k <= result.years(); k++) {
          Cohorts c = result.population(key, k);
          CsvCell year = CsvCell.raw(Integer.toString(result.startDate().getYear() + k));
          for (Sex sex : new Sex[] {Sex.MALE, Sex.FEMALE}) {
            CsvCell sexCell = CsvCell.raw(sex.code());
            for (int b = 0; b < c.size(); b++) {
              AgeBand band = c.bands().band(b);
              List<CsvCell> row = new ArrayList<>(7);
              row.add(keyCell);
              row.add(name);
              row.add(year);
              row.add(sexCell);
              row.add(CsvCell.raw(Integer.toString(band.from())));
              row.add(band.to().isPresent() ? CsvCell.raw(Integer.toString(band.to().getAsInt())) : CsvCell.empty());
              row.add(CsvCell.number(BigDecimal.valueOf(Math.round(c.count(sex, b)))));
              csv.row(row);
            }
          }
        }
      }
    }
  }

  /**
   * {@code FROM-TO} of {@code --trend}: two years, FROM before TO, every 31.12. of FROM … TO in the
   * table and single years of age.
   */
  private int[] trendYears(String text, PopulationTable t) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{4})").matcher(text.strip());
    if (!m.matches()) {
      throw new CliInputException("--trend: expected FROM-TO such as 2015-2018, got '" + CsvFormatException.clip(text) + "'");
    }
    int from = Integer.parseInt(m.group(1));
    int until = Integer.parseInt(m.group(2));
    // TO after the start year is allowed: projecting a trend period from its own start checks it (back-test)
    if (from >= until) {
      throw new CliInputException("--trend: expected FROM < TO, got '" + CsvFormatException.clip(text) + "'");
    }
    for (int y = from; y <= until; y++) {
      if (t.dateIndex(LocalDate.of(y, 12, 31)) < 0) {
        throw new CliInputException(population + ": --trend " + from + "-" + until + " needs the population on 31.12." + y
            + "; the file holds " + t.dates());
      }
    }
    if (!t.bands().isSingleYears()) {
      throw new CliInputException(population + ": --trend needs single years of age (the residual method follows each"
          + " cohort), got " + t.bands());
    }
    return new int[] {from, until};
  }

  private LocalDate startDate(PopulationTable t, ProjectionAssumptions a) {
    LocalDate s = date != null ? date : t.dateIndex(a.baseDate()) >= 0 ? a.baseDate() : t.dates().get(t.dates().size() - 1);
    if (t.dateIndex(s) < 0) {
      throw new CliInputException(population + ": no population at " + s + "; the file holds " + t.dates());
    }
    if (!MonthDay.from(s).equals(MonthDay.of(12, 31))) {
      throw new CliInputException("--date: expected a 31 December (projection years run from 31.12. to 31.12.), got " + s);
    }
    return s;
  }

  private RegionLevel finest(PopulationTable t) {
    RegionLevel finest = null;
    for (String k : t.regions()) {
      Optional<Ags> ags = PopulationTables.asAgs(k);
      if (ags.isPresent() && (finest == null || ags.get().level().ordinal() > finest.ordinal())) {
        finest = ags.get().level();
      }
    }
    if (finest == null) {
      throw new CliInputException(population + ": no region with an official key (AGS) in the file");
    }
    return finest;
  }
}
