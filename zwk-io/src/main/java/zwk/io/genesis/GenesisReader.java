// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvRow;
import zwk.model.diagnostic.Diagnostic;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.population.PopulationCollector;
import zwk.profile.population.PopulationMeasure;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;

/**
 * Reads official statistics exported from GENESIS-Online or the Regionaldatenbank Deutschland into a
 * long-format {@link StatisticsTable}.
 *
 * <p>Layouts, detected from the content:
 *
 * <ul>
 *   <li><b>classic table export</b> ({@link ClassicLayoutParser}): a line
 *       {@code GENESIS-Tabelle: 12411-0018}, title lines, one or more header lines whose first cells
 *       are empty (dimensions such as sex, age groups, Länder, nationality or dates across the
 *       columns), data lines with row labels (date, region key and name, age, variant …) followed by
 *       values, and below a line {@code __________} the footnotes (multi-line quoted) and the
 *       copyright and {@code Stand:} lines;</li>
 *   <li><b>flat file {@code ffcsv}</b> ({@link FfcsvParser}): a header
 *       {@code statistics_code;statistics_label;time_code;time_label;time;1_variable_code;…;value;value_unit;value_variable_code;value_variable_label[;value_q]}
 *       and one value per row in any order;</li>
 *   <li><b>period life table</b> converted to plain CSV ({@link LifeTableParser}): a header
 *       {@code geschlecht;alter;qx;px;lx;dx;Lx;Tx;ex}, one row per sex and single year of age for
 *       Germany ({@code DG}); one record per sex, age and column, {@code variable} = column name.</li>
 * </ul>
 *
 * <p>Encoding: UTF-8 with or without BOM, else Windows-1252, detected from the first 64 KiB and
 * checked as the file is decoded (invalid UTF-8 later in the file is a located error). U+FFFD characters in the
 * text (the trace of an earlier broken conversion) are reported as a warning on the table
 * ({@link GenesisDiagnostic#REPLACEMENT_CHARACTERS}) while the
 * numbers are still read. Cells {@code -}, {@code .}, {@code x}, {@code ...}, {@code /} become their
 * {@link zwk.model.statistics.ValueState}; only {@code -} is zero. Values keep the published unit
 * (thousands stay thousands, unit {@code 1000}).
 *
 * <p>Streaming: files are decoded and tokenised incrementally; the classic layout takes two passes
 * (the first learns which label column is the date, the key, the age, which needs every data row).
 * No size cap: field length (FastCSV's buffer, {@link zwk.io.csv.CsvReadOptions#maxFieldChars()})
 * bounds a row's memory.
 *
 * <p>Errors: {@link CsvFormatException} with line and column; nothing else escapes (besides
 * {@link NullPointerException} for null arguments).
 */
public final class GenesisReader {
  private GenesisReader() {}

  /** Reads a GENESIS export file (streamed: the file is never held as one string). */
  public static StatisticsTable read(Path file) {
    return read(GenesisSource.of(file));
  }

  /**
   * Reads a GENESIS export from a stream. The classic layout is read in two passes, so the stream's
   * bytes are kept (one byte per character); read large exports through {@link #read(Path)}.
   *
   * @param sourceName the file name, used as {@link StatisticsTable#source()} and in messages
   */
  public static StatisticsTable read(InputStream in, String sourceName) {
    return read(GenesisSource.of(in, sourceName));
  }

  /** Reads an already decoded GENESIS export. */
  public static StatisticsTable readText(String text, String sourceName) {
    return read(GenesisSource.ofText(text, sourceName));
  }

  /**
   * Reads a GENESIS population export straight into a {@link PopulationTable}, one cell at a time:
   * no {@link zwk.model.statistics.StatisticsRecord} per cell, no list of rows, the file never as one
   * string. The table is the one {@link PopulationTables#fromStatistics} builds from {@link #read}
   * (same rules, same errors), with one more check: the table must measure the population
   * ({@link PopulationMeasure}: variable {@code Bevölkerungsstand}, or table code 12411, 12421, …);
   * any other measure (deaths, births) is refused naming the table and the measure, unless
   * {@code options} names the variable on purpose ({@link StatisticsImport#withVariable}).
   *
   * @throws CsvFormatException located, when the file is malformed
   * @throws IllegalArgumentException with the file and line, when a cell cannot be a population count
   */
  public static GenesisPopulation readPopulation(Path file, StatisticsImport options) {
    return readPopulation(GenesisSource.of(file), options);
  }

  /** As {@link #readPopulation(Path, StatisticsImport)} from a stream (its bytes are kept, see {@link #read(InputStream, String)}). */
  public static GenesisPopulation readPopulation(InputStream in, String sourceName, StatisticsImport options) {
    return readPopulation(GenesisSource.of(in, sourceName), options);
  }

  private static GenesisPopulation readPopulation(GenesisSource source, StatisticsImport options) {
    List<Diagnostic> warnings = new ArrayList<>();
    CellSink[] sink = new CellSink[1];
    Optional<StatisticsTable> lifeTable = parse(source, () -> new PopulationSink(source, options), sink, warnings);
    if (lifeTable.isPresent()) {
      // small files only (one row per sex and age of Germany): through the records
      PopulationCollector c = new PopulationCollector(source.name(), options)
          .requirePopulationMeasure(lifeTable.get().tableCode());
      lifeTable.get().records().forEach(c::add);
      Map<String, String> names = new java.util.LinkedHashMap<>();
      lifeTable.get().records().forEach(r -> names.putIfAbsent(r.ags().map(zwk.model.region.Ags::code)
          .orElse(r.regionKey()), r.regionName()));
      return new GenesisPopulation(c.finish(), names, lifeTable.get().tableCode(), lifeTable.get().title(), warnings);
    }
    return ((PopulationSink) sink[0]).finish(warnings);
  }

  private static StatisticsTable read(GenesisSource source) {
    List<Diagnostic> warnings = new ArrayList<>();
    CellSink[] sink = new CellSink[1];
    Optional<StatisticsTable> lifeTable = parse(source, () -> new RecordSink(source.name()), sink, warnings);
    return lifeTable.orElseGet(() -> ((RecordSink) sink[0]).build(warnings));
  }

  /** Parses {@code source} into sinks from {@code sinks} (warnings dropped); a life table is skipped. */
  static void parseInto(GenesisSource source, java.util.function.Supplier<CellSink> sinks) {
    parse(source, sinks, new CellSink[1], new ArrayList<>());
  }

  /**
   * Detects the layout from the first row and parses into {@code sink}; a life table (small, one
   * block) comes back as a table instead.
   */
  private static Optional<StatisticsTable> parse(GenesisSource source, java.util.function.Supplier<CellSink> sinks,
      CellSink[] used, List<Diagnostic> warnings) {
    String src = source.name();
    try (GenesisSource.Pass pass = source.open()) {
      CsvRow first = pass.next();
      if (first == null) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, src, 1, 1,
            "expected a GENESIS export, got an empty file");
      }
      Optional<StatisticsTable> result = Optional.empty();
      if (first.get(0).strip().equals("statistics_code")) {
        used[0] = sinks.get();
        FfcsvParser.parse(pass, first, src, used[0]);
      } else if (LifeTableParser.isLifeTableHeader(first)) {
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow r = first; r != null; r = pass.next()) {
          rows.add(r);
        }
        result = Optional.of(LifeTableParser.parse(rows, src, warnings));
      } else {
        used[0] = ClassicLayoutParser.parse(source, pass, first, sinks);
      }
      if (pass.replacementChars() > 0) {
        warnings.add(0, Diagnostic.of(GenesisDiagnostic.REPLACEMENT_CHARACTERS,
            Diagnostic.Location.of(src, pass.firstReplacementLine(), 0),
            "count", pass.replacementChars(), "line", pass.firstReplacementLine()));
      }
      if (result.isPresent()) {
        // the life table parser copied the warnings list when it built the table
        result = Optional.of(result.get().withWarnings(warnings));
      }
      return result;
    }
  }
}
