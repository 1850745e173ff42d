// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import zwk.io.samples.Samples;
import zwk.model.catalogue.ActionFieldCatalogue;
import zwk.model.profile.MunicipalProfile;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;
import zwk.testkit.ModelGenerators;

/**
 * The shipped schemas, checked with a real JSON Schema 2020-12 validator (networknt): samples and
 * generated documents validate; documents the schema rejects are also rejected by the reader.
 */
class SchemaValidationTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new HashMap<>();

  private static Schema schema(DocumentFormat<?> f) {
    return SCHEMAS.computeIfAbsent(f.schemaResource(), r -> {
      try (InputStream in = SchemaValidationTest.class.getClassLoader().getResourceAsStream(r)) {
        return REGISTRY.getSchema(in);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static List<Error> errors(DocumentFormat<?> f, String json) {
    return schema(f).validate(json, InputFormat.JSON);
  }

  @Test
  void bundledSamplesValidate() {
    String strategy = new String(Samples.bytes(Samples.BARLEBEN_STRATEGY), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(errors(DocumentFormats.STRATEGY, strategy).isEmpty(), errors(DocumentFormats.STRATEGY, strategy).toString());
    String toolbox = new String(Samples.bytes(Samples.TOOLBOX), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(errors(DocumentFormats.TOOLBOX, toolbox).isEmpty(), errors(DocumentFormats.TOOLBOX, toolbox).toString());
    String programmes = new String(zwk.io.programmes.ProgrammeData.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(errors(DocumentFormats.PROGRAMMES, programmes).isEmpty(), errors(DocumentFormats.PROGRAMMES, programmes).toString());
    assertFalse(errors(DocumentFormats.PROGRAMMES, programmes.replace("\"CONSULTING\"", "\"BERATUNG\"")).isEmpty());
    String catalogue = ZwkJson.writeString(ActionFieldCatalogue.standard());
    assertTrue(errors(DocumentFormats.ACTION_FIELDS, catalogue).isEmpty());
    String profile = ZwkJson.writeString(Samples.barlebenStrategy().profile().get());
    assertTrue(errors(DocumentFormats.PROFILE, profile).isEmpty());
    String report = ZwkJson.writeString(zwk.strategy.StrategyValidator.builder().build().validate(Samples.barlebenStrategy()));
    assertTrue(errors(DocumentFormats.REPORT, report).isEmpty(), errors(DocumentFormats.REPORT, report).toString());
    String rules = ZwkJson.writeString(zwk.strategy.rule.RuleSetConfig.builder().name("x").addDisabledRules("ZWK-PLAN-003")
        .putSeverityOverride("ZWK-PLAN-004", zwk.strategy.Severity.INFO)
        .putThreshold("maxProfileAgeYears", new java.math.BigDecimal("2")).build());
    assertTrue(errors(DocumentFormats.RULES, rules).isEmpty(), errors(DocumentFormats.RULES, rules).toString());
    assertFalse(errors(DocumentFormats.RULES, rules.replace("\"INFO\"", "\"FATAL\"")).isEmpty());
  }

  private static <T> void generatedValidate(Gen<T> gen, DocumentFormat<T> f) {
    qt().withExamples(60).forAll(gen).checkAssert(x -> {
      List<Error> e = errors(f, ZwkJson.writeString(x));
      assertTrue(e.isEmpty(), e.toString());
    });
  }

  @Test
  void generatedDocumentsValidate() {
    generatedValidate(ModelGenerators.strategies(), DocumentFormats.STRATEGY);
    generatedValidate(ModelGenerators.toolboxes(), DocumentFormats.TOOLBOX);
    generatedValidate(ModelGenerators.profiles(), DocumentFormats.PROFILE);
    generatedValidate(ModelGenerators.catalogues(), DocumentFormats.ACTION_FIELDS);
    generatedValidate(ModelGenerators.programmeDirectories(), DocumentFormats.PROGRAMMES);
  }

  private static final String HEAD = "{\"format\":\"zwk.strategy\",\"version\":1,";
  private static final String MUNI = "\"municipality\":{\"ags\":\"15083040\",\"name\":\"Barleben\"}";

  /** Each document breaks the schema in one way; the reader must reject it as well. */
  private static final List<String> REJECTED = List.of(
      HEAD + MUNI + ",\"colour\":\"blau\"}",
      HEAD + "\"municipality\":{\"name\":\"Barleben\",\"ags\":\"1508304X\"}}",
      HEAD + "\"municipality\":{\"ags\":\"15083040\"}}",
      HEAD + "\"municipality\":null}",
      HEAD + MUNI + ",\"asOf\":\"30.06.2024\"}",
      HEAD + MUNI + ",\"stages\":[{\"stage\":\"LAUNCH\"}]}",
      HEAD + MUNI + ",\"plan\":{\"measures\":[{\"id\":\"m\",\"title\":\"t\",\"progressPercent\":\"50\"}]}}",
      HEAD + MUNI + ",\"plan\":{\"version\":1.5}}",
      HEAD + MUNI + ",\"participation\":[{\"id\":\"p\",\"title\":\"t\",\"format\":\"SURVEY\","
          + "\"participantsByTargetGroup\":{\"ALIENS\":3}}]}",
      HEAD + MUNI + ",\"tools\":[{\"id\":\"t\",\"title\":\"T\",\"kind\":\"VIDEO\",\"originAgs\":\"1234\"}]}",
      HEAD + MUNI + ",\"mentorships\":[{\"mentor\":\"15083040\"}]}",
      "{\"format\":\"zwk.strategy\",\"version\":2," + MUNI + "}",
      "{\"format\":\"zwk.toolbox\",\"version\":1," + MUNI + "}",
      "{\"version\":1," + MUNI + "}",
      HEAD + MUNI + ",\"id\":null}");

  @Test
  void documentsTheSchemaRejectsAreRejectedByTheReader() {
    for (String json : REJECTED) {
      assertFalse(errors(DocumentFormats.STRATEGY, json).isEmpty(), "schema accepts " + json);
      assertThrows(ZwkFormatException.class, () -> ZwkJson.read(json, MunicipalStrategy.class), json);
    }
  }

  /** In lenient mode, what the schema rejects is either rejected or reported as a warning. */
  @Test
  void lenientModeReportsWhatItDoesNotReject() {
    DocumentReader lenient = ZwkJson.reader(ReadOptions.lenient());
    int readWithWarnings = 0;
    for (String json : REJECTED) {
      try {
        ReadResult<MunicipalStrategy> r = lenient.readWithWarnings(json, MunicipalStrategy.class);
        assertFalse(r.warnings().isEmpty(), "read without a warning: " + json);
        readWithWarnings++;
      } catch (ZwkFormatException expected) {
        // rejected: fine
      }
    }
    // the unknown property "colour" (first entry) is what lenient mode reads with a warning; without
    // it every case could be rejected and the warning branch would never run
    assertTrue(readWithWarnings >= 1, "no document was read leniently");
  }

  @Test
  void typesOtherThanStrategyAreCheckedToo() {
    assertFalse(errors(DocumentFormats.TOOLBOX, "{\"format\":\"zwk.toolbox\",\"version\":1,\"tools\":[{\"id\":\"x\"}]}").isEmpty());
    assertThrows(ZwkFormatException.class,
        () -> ZwkJson.read("{\"format\":\"zwk.toolbox\",\"version\":1,\"tools\":[{\"id\":\"x\"}]}", Toolbox.class));
    String profile = "{\"format\":\"zwk.profile\",\"version\":1,\"swot\":[{\"id\":\"s\",\"category\":\"STRENGTH\"}]}";
    assertFalse(errors(DocumentFormats.PROFILE, profile).isEmpty());
    assertThrows(ZwkFormatException.class, () -> ZwkJson.read(profile, MunicipalProfile.class));
  }
}
