// SPDX-License-Identifier: Apache-2.0
package zwk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.genesis.GenesisReader;
import zwk.io.json.ZwkJson;
import zwk.io.samples.Samples;
import zwk.model.region.Ags;
import zwk.model.region.Municipality;
import zwk.model.region.MunicipalityType;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsTable;
import zwk.model.strategy.MunicipalStrategy;
import zwk.profile.indicator.AgeBounds;
import zwk.profile.indicator.IndicatorResult;
import zwk.profile.indicator.Indicators;
import zwk.profile.indicator.PopulationIndicator;
import zwk.profile.indicator.PopulationSnapshot;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.PopulationTables;
import zwk.profile.population.StatisticsImport;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;

/**
 * The code blocks of README.md, compiled and run here. Each block stands between
 * {@code // README <name> begin} and {@code // README <name> end}; {@link #readmeShowsTheseBlocksVerbatim}
 * fails when README.md and this file drift apart.
 */
class ReadmeExamplesTest {

  @Test
  void domain() {
    // README domain begin
    Municipality barleben = Municipality.builder()
        .ags(Ags.parse("15083040"))            // lenient: "5315000" → 05315000
        .name("Barleben")
        .type(MunicipalityType.MUNICIPALITY)
        .population(9185L)
        .build();
    Municipality renamed = barleben.withName("Gemeinde Barleben");   // the original is unchanged
    // README domain end
    assertEquals("Barleben", barleben.name());
    assertEquals("Gemeinde Barleben", renamed.name());
    assertEquals("15083", barleben.ags().orElseThrow().parent().orElseThrow().code());
  }

  @Test
  void vendor(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("barleben.json");
    Path out = dir.resolve("report.json");
    Files.write(in, Samples.bytes(Samples.BARLEBEN_STRATEGY));
    // README vendor begin
    MunicipalStrategy strategy = ZwkJson.read(in, MunicipalStrategy.class);
    ValidationReport report = StrategyValidator.builder().build().validate(strategy);
    report.findings().forEach(f -> System.out.println(f.severity() + " " + f.path() + ": " + f.message()));
    ZwkJson.write(report, out);
    // README vendor end
    assertFalse(report.findings().isEmpty(), "the Barleben sample has documented gaps");
    assertEquals(report, ZwkJson.read(out, ValidationReport.class));
  }

  @Test
  void researcher() {
    Path file = RealData.file("genesis/12411-02-03-5-B_kreise_2018.csv");
    // README researcher begin
    StatisticsTable genesis = GenesisReader.read(file);
    PopulationTable kreise = PopulationTables.fromStatistics(genesis, StatisticsImport.defaults());
    PopulationIndicator altenquotient = Indicators.oldAgeRatio(AgeBounds.DESTATIS);
    IndicatorResult flensburg = altenquotient.compute(
        PopulationSnapshot.of(kreise, "01001", LocalDate.of(2018, 12, 31)), Sex.TOTAL);
    System.out.println(flensburg);   // 32.47... (official 12411-08-01-4-B: 32,5)
    // README researcher end
    // By hand from the file's Flensburg row: 65+ = 8525 + 9463; 20-64 = sum of the nine groups 20-65.
    double expected = 100.0 * (8525 + 9463) / (8558 + 8057 + 5838 + 4962 + 4749 + 5443 + 6662 + 6057 + 5061);
    assertEquals(expected, flensburg.value(), 1e-9);
  }

  @Test
  void readmeShowsTheseBlocksVerbatim() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<String> source = Files.readAllLines(
        Path.of("src/test/java/zwk/it/ReadmeExamplesTest.java"), StandardCharsets.UTF_8);
    for (String block : List.of("domain", "vendor", "researcher")) {
      List<String> lines = between(source, "// README " + block + " begin", "// README " + block + " end");
      assertFalse(lines.isEmpty(), block);
      for (String line : lines) {
        assertTrue(readme.contains(line.strip()), "README.md lacks line of block '" + block + "': " + line.strip());
      }
    }
  }

  private static List<String> between(List<String> lines, String begin, String end) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String l : lines) {
      if (l.strip().equals(end)) {
        return out;
      }
      if (in && !l.isBlank()) {
        out.add(l);
      }
      if (l.strip().equals(begin)) {
        in = true;
      }
    }
    return List.of();
  }
}
