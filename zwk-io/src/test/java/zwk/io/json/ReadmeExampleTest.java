// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.samples.Samples;
import zwk.model.strategy.MunicipalStrategy;
import zwk.strategy.StrategyValidator;
import zwk.strategy.ValidationReport;

/** The five-line read/validate/write example of the README, compiled and run. */
class ReadmeExampleTest {

  @Test
  void readValidateWrite(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("barleben.json"), Samples.bytes(Samples.BARLEBEN_STRATEGY));
    Path in = dir.resolve("barleben.json");
    Path out = dir.resolve("report.json");

    // README begin
    MunicipalStrategy strategy = ZwkJson.read(in, MunicipalStrategy.class);
    ValidationReport report = StrategyValidator.builder().build().validate(strategy);
    report.findings().forEach(f -> System.out.println(f.severity() + " " + f.path() + ": " + f.message()));
    ZwkJson.write(report, out);
    // README end

    assertEquals(report, ZwkJson.read(out, ValidationReport.class));
  }
}
