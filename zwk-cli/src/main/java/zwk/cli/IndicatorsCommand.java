// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zwk.io.csv.CsvByteWriter;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.model.region.RegionLevel;
import zwk.parquet.ColumnType;
import zwk.parquet.ParquetColumn;
import zwk.parquet.ParquetTableWriter;
import zwk.model.statistics.Sex;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.IndicatorBatch;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.OpenBandAssumption;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.population.CountResult;
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
    IndicatorBatch batch = IndicatorBatch.of(ordered, t.bands());
    boolean[] count = new boolean[ordered.size()];
    for (int k = 0; k < count.length; k++) {
      count[k] = "Personen".equals(ordered.get(k).unit());
    }
    double[] values = new double[batch.size()];
    try (Progress p = progress("progress.computing", t.regions().size());
        CommandOutput o = openOutput(output)) {
      if (parquet) {
        ParquetTableWriter pq = ParquetTableWriter.open(o.stream(), parquetColumns(header, ordered),
            java.util.Map.of("zwk.source", file.getFileName().toString(), "zwk.table", "indicators"));
        for (int r = 0; r < t.regions().size(); r++) {
          String region = t.regions().get(r);
          String name = input.name(region, locale());
          for (int d = 0; d < t.dates().size(); d++) {
            batch.compute(t, r, d, values);
            parquetRow(pq, t, r, d, region, name, values, count);
          }
        }
        pq.close();
      } else {
        CsvOutput csv = CsvOutput.open(o.stream(), csvProfile);
        csv.header(header);
        CsvByteWriter w = csv.bytes();
        // the date cells once per date, the key and name cells once per region (not per row)
        byte[][] dateCells = new byte[t.dates().size()][];
        for (int d = 0; d < dateCells.length; d++) {
          dateCells[d] = w.encode(CsvValues.date(t.dates().get(d), csvProfile), 2);
        }
        for (int r = 0; r < t.regions().size(); r++) {
          String region = t.regions().get(r);
          byte[] keyName = w.encode(List.of(CsvCell.raw(region), CsvCell.text(input.name(region, locale()))), 0);
          for (int d = 0; d < dateCells.length; d++) {
            csvRow(w, batch, t, r, d, keyName, dateCells[d], values, count, precision);
          }
        }
        csv.close();
      }
      o.commit();
    }
    return ExitCodes.OK;
  }

  /**
   * One CSV row. A method of its own (not the loop body of {@link #call}) so that the JIT compiles
   * it early, by its calls, instead of the whole command by on-stack replacement late in the run.
   */
  private static void csvRow(CsvByteWriter w, IndicatorBatch batch, PopulationTable t, int r, int d, byte[] keyName,
      byte[] dateCell, double[] values, boolean[] count, int precision) {
    batch.compute(t, r, d, values);
    w.encoded(keyName, 2).encoded(dateCell);
    CountResult total = t.distribution(r, d, Sex.TOTAL).total();
    if (total.isKnown()) {
      w.integer(total.value());
    } else {
      w.empty();
    }
    for (int k = 0; k < values.length; k++) {
      double v = values[k];
      if (Double.isNaN(v)) {
        w.empty(); // not computable
      } else if (count[k]) {
        w.integer(Math.round(v));
      } else {
        HalfUp.write(w, v, precision);
      }
    }
    w.endRow();
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
  private static void parquetRow(ParquetTableWriter pq, PopulationTable t, int r, int d, String region, String name,
      double[] values, boolean[] count) {
    pq.string(region).string(name).date(t.dates().get(d));
    CountResult total = t.distribution(r, d, Sex.TOTAL).total();
    if (total.isKnown()) {
      pq.int64(total.value());
    } else {
      pq.empty();
    }
    for (int k = 0; k < values.length; k++) {
      double v = values[k];
      if (Double.isNaN(v)) {
        pq.empty();
      } else if (count[k]) {
        pq.int64(Math.round(v));
      } else {
        pq.float64(v);
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
