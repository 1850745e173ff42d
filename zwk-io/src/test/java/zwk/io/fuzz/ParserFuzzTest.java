// SPDX-License-Identifier: Apache-2.0
package zwk.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import zwk.io.csv.CsvFormatException;
import zwk.io.genesis.GenesisReader;
import zwk.io.register.RegisterReader;
import zwk.io.table.CsvImportOptions;
import zwk.io.table.ImportMode;
import zwk.io.table.IndicatorTable;
import zwk.io.table.MeasureTable;
import zwk.io.table.MunicipalityTable;
import zwk.io.table.SourceCodec;
import zwk.io.table.ToolTable;

/**
 * Jazzer fuzz tests of every parser of zwk-io. In {@code mvn verify} they run in regression mode on
 * the seeds under {@code src/test/resources/zwk/io/fuzz/ParserFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} they fuzz. The only exception a parser may throw for bad input is the
 * documented {@link CsvFormatException}; anything else fails the test.
 */
class ParserFuzzTest {
  private static final CsvImportOptions COLLECT = CsvImportOptions.defaults().withMode(ImportMode.COLLECT_AND_CONTINUE);

  @FuzzTest(maxDuration = "30s")
  void genesis(byte[] data) {
    try {
      GenesisReader.read(new ByteArrayInputStream(data), "fuzz.csv");
    } catch (CsvFormatException expected) {
      // documented
    }
  }

  /** The direct path to a population table: located format errors or a documented refusal, nothing else. */
  @FuzzTest(maxDuration = "30s")
  void genesisPopulation(byte[] data) {
    try {
      GenesisReader.readPopulation(new ByteArrayInputStream(data), "fuzz.csv",
          zwk.profile.population.StatisticsImport.defaults());
    } catch (CsvFormatException | IllegalArgumentException expected) {
      // documented: malformed file, or cells that cannot be a population
    }
  }

  @FuzzTest(maxDuration = "30s")
  void register(byte[] data) {
    try {
      RegisterReader.read(new ByteArrayInputStream(data), "fuzz.csv");
    } catch (CsvFormatException expected) {
      // documented
    }
  }

  @FuzzTest(maxDuration = "30s")
  void typology(byte[] data) {
    try {
      zwk.io.typology.TypologyCsvReader.read(new ByteArrayInputStream(data), "fuzz.csv");
    } catch (CsvFormatException expected) {
      // documented
    }
  }

  /** zwk-profile's SWOT rule files: the only documented failure is an IllegalArgumentException naming the source. */
  @FuzzTest(maxDuration = "30s")
  void swotRules(byte[] data) {
    try {
      zwk.profile.swot.SwotRuleSet.load(new java.io.InputStreamReader(new ByteArrayInputStream(data),
          java.nio.charset.StandardCharsets.UTF_8), "fuzz.properties");
    } catch (IllegalArgumentException expected) {
      if (expected.getMessage() == null || !expected.getMessage().startsWith("fuzz.properties: ")) {
        throw expected;
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void ownTables(byte[] data) {
    try {
      MunicipalityTable.read(new ByteArrayInputStream(data), "fuzz.csv", COLLECT);
    } catch (CsvFormatException expected) {
      // documented
    }
    try {
      IndicatorTable.readResult(new ByteArrayInputStream(data), "fuzz.csv", COLLECT);
    } catch (CsvFormatException expected) {
      // documented
    }
    try {
      ToolTable.read(new ByteArrayInputStream(data), "fuzz.csv", COLLECT);
    } catch (CsvFormatException expected) {
      // documented
    }
    try {
      MeasureTable.read(new ByteArrayInputStream(data), "fuzz.csv", COLLECT);
    } catch (CsvFormatException expected) {
      // documented
    }
  }

  @FuzzTest(maxDuration = "30s")
  void decidim(byte[] data) {
    try {
      zwk.io.decidim.DecidimReader.readCsv(new ByteArrayInputStream(data), "fuzz.csv",
          zwk.io.decidim.DecidimMapping.defaults(), zwk.io.csv.CsvReadOptions.defaults(), ImportMode.COLLECT_AND_CONTINUE);
    } catch (CsvFormatException expected) {
      // documented
    }
    try {
      zwk.io.decidim.DecidimReader.readJson(new ByteArrayInputStream(data), "fuzz.json",
          zwk.io.decidim.DecidimMapping.defaults(), ImportMode.COLLECT_AND_CONTINUE);
    } catch (zwk.io.json.ZwkFormatException expected) {
      // documented (syntax, limits)
    }
  }

  @FuzzTest(maxDuration = "30s")
  void oparl(byte[] data) {
    try {
      for (zwk.io.oparl.OParlObject o : zwk.io.oparl.OParlObjects.read(new ByteArrayInputStream(data), "fuzz.json")) {
        if (o instanceof zwk.io.oparl.OParlBody) {
          zwk.io.oparl.BodyKeys.of((zwk.io.oparl.OParlBody) o, java.util.Optional.empty());
        }
      }
    } catch (zwk.io.json.ZwkFormatException expected) {
      // documented
    }
  }

  /** A source cell either fails with the documented IllegalArgumentException or writes back to itself. */
  @FuzzTest(maxDuration = "30s")
  void sourceCells(byte[] data) {
    String cell = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    java.util.List<zwk.model.common.Source> sources;
    try {
      sources = SourceCodec.split(cell);
    } catch (IllegalArgumentException expected) {
      return;
    }
    if (!sources.equals(SourceCodec.split(SourceCodec.join(sources)))) {
      throw new AssertionError("round trip changed the sources of " + cell);
    }
  }
}
