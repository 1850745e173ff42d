// SPDX-License-Identifier: Apache-2.0
package zwk.io.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import zwk.io.csv.CsvExportProfile;
import zwk.io.json.ZwkJson;
import zwk.io.samples.Samples;
import zwk.io.table.MeasureTable;
import zwk.io.table.MunicipalityTable;
import zwk.io.table.ToolTable;
import zwk.model.plan.Measure;
import zwk.model.plan.WorkshopPlan;
import zwk.model.region.Municipality;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Tool;
import zwk.model.toolbox.Toolbox;
import zwk.strategy.StrategyValidator;
import zwk.testkit.ModelGenerators;
import zwk.testkit.RegionGenerators;

/**
 * Golden files: the canonical JSON of every bundled sample and of a fixed set of generated
 * documents (fixed QuickTheories seed), the validation reports of the Barleben sample, and the
 * flat-table CSV of the same values under every export profile, compared byte for byte with
 * {@code src/test/resources/golden/}. The files were written before the bindings were derived from
 * the metamodel (issue 12), so any change of the output shows up here.
 *
 * <p>Regenerate deliberately (and review the diff) with
 * {@code mvn -pl zwk-io -am test -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false -Dzwk.golden.write=true}.
 */
class GoldenOutputTest {
  private static final long SEED = 20261201L;
  private static final int EXAMPLES = 6;
  private static final Path DIR = Path.of("src/test/resources/golden");

  private static <T> List<T> generated(Gen<T> gen) {
    List<T> out = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(gen).checkAssert(out::add);
    return out;
  }

  private static byte[] bytes(Consumer<ByteArrayOutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(out);
    return out.toByteArray();
  }

  private static byte[] jsonArray(List<?> docs) {
    return bytes(out -> ZwkJson.writeArray(docs, out));
  }

  private static List<Measure> measures(MunicipalStrategy s) {
    return s.plan().map(WorkshopPlan::measures).orElse(List.of());
  }

  /** Every golden file with the bytes the code produces now. */
  private static List<Object[]> outputs() {
    List<Object[]> files = new ArrayList<>();
    MunicipalStrategy barleben = Samples.barlebenStrategy();
    Toolbox toolbox = Samples.toolbox();
    files.add(new Object[] {"barleben-strategy.json", ZwkJson.writeBytes(barleben)});
    files.add(new Object[] {"toolbox.json", ZwkJson.writeBytes(toolbox)});
    for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
      StrategyValidator v = StrategyValidator.builder().referenceDate(LocalDate.of(2024, 6, 30)).locale(locale).build();
      files.add(new Object[] {"barleben-report-" + locale.getLanguage() + ".json", ZwkJson.writeBytes(v.validate(barleben))});
    }
    List<MunicipalStrategy> strategies = generated(ModelGenerators.strategies());
    List<Toolbox> toolboxes = generated(ModelGenerators.toolboxes());
    List<Municipality> municipalities = generated(RegionGenerators.municipalities());
    files.add(new Object[] {"generated-strategies.json", jsonArray(strategies)});
    files.add(new Object[] {"generated-toolboxes.json", jsonArray(toolboxes)});
    files.add(new Object[] {"generated-profiles.json", jsonArray(generated(ModelGenerators.profiles()))});
    files.add(new Object[] {"generated-catalogues.json", jsonArray(generated(ModelGenerators.catalogues()))});
    List<Measure> generatedMeasures = new ArrayList<>();
    List<Municipality> strategyMunicipalities = new ArrayList<>();
    strategies.forEach(s -> {
      generatedMeasures.addAll(measures(s));
      strategyMunicipalities.add(s.municipality());
    });
    List<Tool> generatedTools = new ArrayList<>();
    toolboxes.forEach(t -> generatedTools.addAll(t.tools()));
    strategies.forEach(s -> generatedTools.addAll(s.tools()));
    municipalities.addAll(strategyMunicipalities);
    for (CsvExportProfile p : CsvExportProfile.values()) {
      String suffix = "-" + p.id() + ".csv";
      files.add(new Object[] {"barleben-measures" + suffix, bytes(out -> MeasureTable.write(measures(barleben), out, p))});
      files.add(new Object[] {"barleben-municipality" + suffix,
          bytes(out -> MunicipalityTable.write(List.of(barleben.municipality()), out, p))});
      files.add(new Object[] {"toolbox-tools" + suffix, bytes(out -> ToolTable.write(toolbox, out, p))});
      files.add(new Object[] {"generated-measures" + suffix, bytes(out -> MeasureTable.write(generatedMeasures, out, p))});
      files.add(new Object[] {"generated-municipalities" + suffix,
          bytes(out -> MunicipalityTable.write(municipalities, out, p))});
      files.add(new Object[] {"generated-tools" + suffix, bytes(out -> ToolTable.write(generatedTools, out, p))});
    }
    return files;
  }

  @TestFactory
  Stream<DynamicTest> outputIsByteIdenticalToTheGoldenFiles() throws IOException {
    List<Object[]> outputs = outputs();
    if (Boolean.getBoolean("zwk.golden.write")) {
      Files.createDirectories(DIR);
      for (Object[] f : outputs) {
        Files.write(DIR.resolve((String) f[0]), (byte[]) f[1]);
      }
    }
    return outputs.stream().map(f -> DynamicTest.dynamicTest((String) f[0], () -> {
      Path file = DIR.resolve((String) f[0]);
      assertTrue(Files.isRegularFile(file), "golden file missing: " + file);
      byte[] expected = Files.readAllBytes(file);
      assertArrayEquals(expected, (byte[]) f[1], (String) f[0]);
    }));
  }
}
