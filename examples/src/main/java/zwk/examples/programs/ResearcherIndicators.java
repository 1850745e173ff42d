// SPDX-License-Identifier: Apache-2.0
package zwk.examples.programs;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zwk.io.csv.CsvExportProfile;
import zwk.io.genesis.GenesisReader;
import zwk.io.table.IndicatorRow;
import zwk.io.table.IndicatorTable;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.OpenBandAssumption;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;

/**
 * Example 2 – a researcher computes dependency ratios and the median age for every Kreis of a
 * GENESIS export (e.g. 12411-02-03-5-B) and writes a CSV table for further analysis.
 *
 * <pre>java -cp examples/target/zwk-examples.jar zwk.examples.programs.ResearcherIndicators kreise.csv out.csv</pre>
 */
public final class ResearcherIndicators {
  private ResearcherIndicators() {}

  /** Arguments: the GENESIS file and the CSV to write. */
  public static void main(String[] args) throws Exception {
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      run(Path.of(args[0]), out);
    }
  }

  /** Computes the indicators for every Kreis (5-digit AGS) in the file and writes them as CSV. */
  public static IndicatorTable run(Path genesisFile, OutputStream csv) {
    StatisticsTable statistics = GenesisReader.read(genesisFile); // special values keep their state
    PopulationTable population = PopulationTables.fromStatistics(statistics, StatisticsImport.defaults());
    Map<String, String> names = new HashMap<>();
    for (StatisticsRecord r : statistics.records()) {
      names.putIfAbsent(r.regionKey(), r.regionName());
    }
    List<PopulationIndicator> indicators = List.of(Indicators.youthRatio(AgeBounds.DESTATIS),
        Indicators.oldAgeRatio(AgeBounds.DESTATIS), Indicators.medianAge(OpenBandAssumption.DEFAULT));

    List<IndicatorRow> rows = new ArrayList<>();
    for (String key : population.regions()) {
      boolean kreis = PopulationTables.asAgs(key).map(a -> a.level() == RegionLevel.DISTRICT).orElse(false);
      for (LocalDate date : kreis ? population.dates() : List.<LocalDate>of()) {
        PopulationSnapshot snapshot = PopulationSnapshot.of(population, key, date);
        Map<String, Optional<BigDecimal>> values = new LinkedHashMap<>();
        for (PopulationIndicator indicator : indicators) {
          IndicatorResult result = indicator.compute(snapshot, Sex.TOTAL); // not computable -> empty cell
          values.put(indicator.id(), result.isComputable()
              ? Optional.of(BigDecimal.valueOf(result.value()).setScale(1, RoundingMode.HALF_UP)) : Optional.empty());
        }
        rows.add(new IndicatorRow(key, names.getOrDefault(key, ""), Optional.of(date), values));
      }
    }
    IndicatorTable table = new IndicatorTable(indicators.stream().map(PopulationIndicator::id).toList(), rows);
    table.write(csv, CsvExportProfile.STANDARD);
    return table;
  }
}
