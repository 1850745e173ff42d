// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.model.region.RegionLevel;
import zwk.parquet.ColumnType;
import zwk.parquet.ParquetColumn;
import zwk.parquet.ParquetTableWriter;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.OpenBandAssumption;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.PopulationTable;

/**
 * {@code zwk indicators FILE}: the standard indicator set of zwk-profile for every region (of a
 * level) in a GENESIS population export, as CSV
 * {@code key;name;date;population;youth_ratio;old_age_ratio;total_dependency_ratio;share_80_plus;mean_age;median_age}
 * followed by the further indicators of the set.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Berechnet die Kennzahlen für jede Region eines GENESIS-Bevölkerungsexports (CSV).",
        "Computes the indicator set for every region in a GENESIS population export, as CSV:",
        "  key;name;date;population;youth_ratio;old_age_ratio;total_dependency_ratio;share_80_plus;mean_age;median_age",
        "followed by the further indicators (share_under_18, share_65_plus, greying_index, functional age groups,",
        "sex_ratio). An empty cell means the indicator is not computable for that region (unknown cells, no",
        "population, age bands that do not fit)."})
final class IndicatorsCommand extends BaseCommand {
  /** The leading columns (a documented contract). */
  static final List<String> FIXED = List.of("key", "name", "date", "population", "youth_ratio", "old_age_ratio",
      "total_dependency_ratio", "share_80_plus", "mean_age", "median_age");

  /** Age bounds of the dependency ratios. */
  enum Bounds {
    /** Destatis: under 20 / 20–64 / 65+. */
    DESTATIS(AgeBounds.DESTATIS),
    /** Eurostat: under 15 / 15–64 / 65+. */
    EUROSTAT(AgeBounds.EUROSTAT);

    final AgeBounds bounds;

    Bounds(AgeBounds bounds) {
      this.bounds = bounds;
    }
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "GENESIS-Export (CSV) / GENESIS export (CSV).")
  Path file;

  @Option(names = "--bounds", paramLabel = "destatis|eurostat", defaultValue = "destatis",
      description = "Altersgrenzen der Quotienten / age bounds of the dependency ratios: destatis (under 20 / 20-64 / "
          + "65+, default) or eurostat (under 15 / 15-64 / 65+).")
  Bounds bounds;

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "Nur Regionen dieser Ebene / only regions of this level: gemeinde, kreis, regierungsbezirk, land, "
          + "deutschland. A level coarser than the file's is summed from the file's Kreise (or Gemeinden). "
          + "Default: every region in the file.")
  String level;

  @Option(names = "--precision", paramLabel = "N", defaultValue = "1",
      description = "Nachkommastellen / decimal places (default 1).")
  int precision;

  @Option(names = "--open-band-width", paramLabel = "YEARS", defaultValue = "10",
      description = "Angenommene Breite der offenen obersten Altersgruppe für Durchschnitts- und Medianalter / assumed "
          + "width of the open top age band (75+) for mean and median age, in years (default 10: 75+ as 75-85).")
  double openBandWidth;

  @Mixin
  CsvProfileOption profile;

  @Mixin
  ImportOptions importOptions;

  @Mixin
  OutputOption output;

  @Mixin
  TableFormatOption tableFormat;

  @Override
  public Integer call() throws Exception {
    boolean parquet = tableFormat.parquet(profile);
    if (precision < 0 || precision > 10) {
      throw new CliInputException("--precision: expected 0 to 10, got " + precision);
    }
    Optional<CsvExportProfile> csvProfile = profile.value();
    Optional<RegionLevel> wanted = Optional.ofNullable(level).map(Levels::parse);
    PopulationInput input = readPopulation(file, importOptions);
    PopulationTable t = wanted.isPresent() ? Levels.select(input.table(), wanted.get(), file, locale()) : input.table();

    OpenBandAssumption open;
    try {
      open = OpenBandAssumption.ofWidth(openBandWidth);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("--open-band-width: " + e.getMessage());
    }
    List<PopulationIndicator> set = Indicators.standard(bounds.bounds, open);
    String suffix = bounds.bounds.idSuffix();
    List<PopulationIndicator> ordered = new ArrayList<>();
    List<String> header = new ArrayList<>(FIXED);
    for (String id : FIXED.subList(4, FIXED.size())) {
      ordered.add(find(set, id, suffix));
    }
    for (PopulationIndicator i : set) {
      if (!ordered.contains(i)) {
        ordered.add(i);
        header.add(i.id());
      }
    }
    try (Progress p = progress("progress.computing", t.regions().size());
        CommandOutput o = openOutput(output)) {
      CsvOutput csv = parquet ? null : CsvOutput.open(o.stream(), csvProfile);
      ParquetTableWriter pq = parquet ? ParquetTableWriter.open(o.stream(), parquetColumns(header, ordered),
          java.util.Map.of("zwk.source", file.getFileName().toString(), "zwk.table", "indicators")) : null;
      if (csv != null) {
        csv.header(header);
      }
      // the date cells once per date, the key and name cells once per region (not per row)
      List<CsvCell> dateCells = new ArrayList<>();
      for (LocalDate date : t.dates()) {
        dateCells.add(parquet ? null : CsvValues.date(date, csvProfile));
      }
      CsvCell[] cells = new CsvCell[header.size()];
      List<CsvCell> row = java.util.Arrays.asList(cells);
      for (String region : t.regions()) {
        String name = input.name(region, locale());
        CsvCell keyCell = parquet ? null : CsvCell.raw(region);
        CsvCell nameCell = parquet ? null : CsvCell.text(name);
        for (int d = 0; d < t.dates().size(); d++) {
          LocalDate date = t.dates().get(d);
          PopulationSnapshot snap = PopulationSnapshot.of(t, region, date);
          if (pq != null) {
            parquetRow(pq, t, snap, region, name, date, ordered);
            continue;
          }
          int c = 0;
          cells[c++] = keyCell;
          cells[c++] = nameCell;
          cells[c++] = dateCells.get(d);
          var total = t.distribution(region, date, Sex.TOTAL).total();
          cells[c++] = total.isKnown() ? CsvCell.number(total.value(), 0) : CsvCell.empty();
          for (PopulationIndicator i : ordered) {
            IndicatorResult r = i.compute(snap, Sex.TOTAL);
            if (!r.isComputable()) {
              cells[c++] = CsvCell.empty();
            } else if ("Personen".equals(i.unit())) {
              cells[c++] = CsvCell.number(Math.round(r.value()), 0); // a count
            } else {
              cells[c++] = CsvValues.decimal(r.value(), precision);
            }
          }
          csv.row(row);
        }
      }
      if (csv != null) {
        csv.close();
      } else {
        pq.close();
      }
      o.commit();
    }
    return ExitCodes.OK;
  }

  /** key, name, date, population, then one column per indicator: counts int64, the rest double. */
  private static List<ParquetColumn> parquetColumns(List<String> header, List<PopulationIndicator> ordered) {
    List<ParquetColumn> cols = new ArrayList<>(List.of(ParquetColumn.required("key", ColumnType.STRING),
        ParquetColumn.required("name", ColumnType.STRING), ParquetColumn.required("date", ColumnType.DATE),
        ParquetColumn.optional("population", ColumnType.INT64)));
    for (int k = 0; k < ordered.size(); k++) {
      cols.add(ParquetColumn.optional(header.get(4 + k),
          "Personen".equals(ordered.get(k).unit()) ? ColumnType.INT64 : ColumnType.DOUBLE));
    }
    return cols;
  }

  /** One Parquet row; a value that is not computable is null, ratios keep their full precision. */
  private static void parquetRow(ParquetTableWriter pq, PopulationTable t, PopulationSnapshot snap, String region,
      String name, LocalDate date, List<PopulationIndicator> ordered) {
    pq.string(region).string(name).date(date);
    var total = t.distribution(region, date, Sex.TOTAL).total();
    if (total.isKnown()) {
      pq.int64(total.value());
    } else {
      pq.empty();
    }
    for (PopulationIndicator i : ordered) {
      IndicatorResult r = i.compute(snap, Sex.TOTAL);
      if (!r.isComputable()) {
        pq.empty();
      } else if ("Personen".equals(i.unit())) {
        pq.int64(Math.round(r.value()));
      } else {
        pq.float64(r.value());
      }
    }
    pq.endRow();
  }

  private static PopulationIndicator find(List<PopulationIndicator> set, String id, String suffix) {
    for (PopulationIndicator i : set) {
      if (i.id().equals(id) || i.id().equals(id + suffix)) {
        return i;
      }
    }
    throw new IllegalStateException("zwk-profile's standard set lacks " + id);
  }
}
