// SPDX-License-Identifier: Apache-2.0
package zwk.examples.programs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import zwk.report.HtmlReportRenderer;
import zwk.report.ProfileReport;
import zwk.report.ProfileReports;
import zwk.io.genesis.GenesisReader;
import zwk.io.json.ZwkJson;
import zwk.model.profile.MunicipalProfile;
import zwk.model.region.Ags;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.StatisticsTable;
import zwk.profile.MunicipalProfileBuilder;
import zwk.profile.compare.ReferenceComparator;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;

/**
 * Example 3 – a municipality (here a Landkreis) builds its Kommunalprofil from official statistics,
 * keeps it as a {@code zwk.profile} document and hands the HTML report to its council.
 *
 * <pre>java -cp examples/target/zwk-examples.jar zwk.examples.programs.MunicipalityReport kreise.csv 03153 out-dir</pre>
 */
public final class MunicipalityReport {
  private MunicipalityReport() {}

  /** Arguments: the GENESIS file, the AGS and the output directory. */
  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]), args[1], Path.of(args[2]));
  }

  /** Builds the profile of {@code ags}, writes {@code profile.json} and {@code profile.html} into {@code dir}. */
  public static MunicipalProfile run(Path genesisFile, String ags, Path dir) throws Exception {
    StatisticsTable statistics = GenesisReader.read(genesisFile);
    PopulationTable population = PopulationTables.fromStatistics(statistics, StatisticsImport.defaults());
    Map<String, String> names = new HashMap<>();
    for (StatisticsRecord r : statistics.records()) {
      names.putIfAbsent(r.regionKey(), r.regionName());
    }
    Ags key = Ags.parse(ags); // "3153" -> 03153
    List<LocalDate> dates = population.dates();
    LocalDate date = dates.get(dates.size() - 1);

    // Kreis, Land and Germany are summed from the Kreise of the file; peers are all Kreise.
    ReferenceComparator comparator = ReferenceComparator.deriving(population, key.level());
    MunicipalProfile profile = new MunicipalProfileBuilder(comparator, key.code(), date)
        .regionName(names.getOrDefault(key.code(), key.code())).asOf(LocalDate.now()).locale(Locale.GERMAN).build();

    Files.createDirectories(dir);
    ZwkJson.write(profile, dir.resolve("profile.json"));
    ProfileReport report = ProfileReports.from(profile, population, date, Optional.empty(),
        names::get,
        "Statistisches Bundesamt (Destatis), dl-de/by-2-0", Locale.GERMAN);
    Files.writeString(dir.resolve("profile.html"), new HtmlReportRenderer(Locale.GERMAN).render(report),
        StandardCharsets.UTF_8);
    return profile;
  }
}
