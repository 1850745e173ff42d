// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;
import zwk.strategy.ValidationReport;

/**
 * The binding parsers leave duplicate keys to the codecs (which know every object's properties);
 * every kind of object that zwk reads still refuses a key it already has, located at the second
 * occurrence, through every source kind, in strict and in lenient mode.
 */
class DuplicateKeysTest {
  private static final String TOOLBOX_HEAD = "{\"format\":\"zwk.toolbox\",\"version\":1,";
  private static final String STRATEGY_HEAD = "{\"format\":\"zwk.strategy\",\"version\":1,";
  private static final DocumentReader LENIENT = ZwkJson.reader(ReadOptions.lenient());

  private static JsonSyntaxException duplicate(String json, Class<?> type, int line, String pointer, String name) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonSyntaxException first = null;
    for (int kind = 0; kind < 5; kind++) {
      final int k = kind;
      JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> {
        switch (k) {
          case 0:
            ZwkJson.read(bytes, type);
            break;
          case 1:
            ZwkJson.read(new ByteArrayInputStream(bytes), type);
            break;
          case 2:
            ZwkJson.read(json, type);
            break;
          case 3:
            ZwkJson.read(new StringReader(json), type);
            break;
          default:
            LENIENT.readWithWarnings(bytes, type);
        }
      }, "source kind " + kind);
      assertEquals(pointer, e.pointer(), "source kind " + kind);
      assertEquals(line, e.line(), "source kind " + kind);
      assertEquals("Duplicate Object property \"" + name + "\"", e.found(), "source kind " + kind);
      if (first != null) {
        assertEquals(first.column(), e.column(), "source kind " + kind);
      }
      first = e;
    }
    return first;
  }

  @Test
  void aPropertyOfTheModel() {
    duplicate(TOOLBOX_HEAD + "\n\"name\":\"a\",\n\"name\":\"b\"}", Toolbox.class, 3, "/name", "name");
    duplicate(STRATEGY_HEAD + "\"municipality\":{\"ags\":\"15083040\",\n\"name\":\"B\",\n\"name\":\"B\"}}",
        MunicipalStrategy.class, 3, "/municipality/name", "name");
  }

  @Test
  void theHeaderAgainAfterTheProperties() {
    duplicate(TOOLBOX_HEAD + "\"name\":\"a\",\n\"format\":\"zwk.toolbox\"}", Toolbox.class, 2, "/format", "format");
    duplicate(TOOLBOX_HEAD + "\"name\":\"a\",\n\"version\":1}", Toolbox.class, 2, "/version", "version");
  }

  @Test
  void insideADocumentReadAsATree() {
    // the header last: the body is read as a tree first, which must refuse duplicates itself
    duplicate("{\"name\":\"a\",\n\"name\":\"b\",\"format\":\"zwk.toolbox\",\"version\":1}", Toolbox.class, 2, "/name",
        "name");
    duplicate("{\"municipality\":{\"ags\":\"15083040\",\n\"ags\":\"15083040\",\"name\":\"B\"},"
        + "\"format\":\"zwk.strategy\",\"version\":1}", MunicipalStrategy.class, 2, "/municipality/ags", "ags");
    duplicate("{\"format\":\"zwk.toolbox\",\n\"format\":\"zwk.toolbox\",\"version\":1}", Toolbox.class, 2, "/format",
        "format");
  }

  @Test
  void aKeyOfAnEnumMap() {
    String json = ZwkJson.writeString(SampleStrategies.barleben());
    // line 163 of the canonical Barleben document is "ADMINISTRATION": 8 of the first event
    String withDuplicate = json.replace("\"participantsByActorType\": {\n        \"ADMINISTRATION\": 8,",
        "\"participantsByActorType\": {\n        \"ADMINISTRATION\": 8,\n        \"ADMINISTRATION\": 8,");
    assertFalse(withDuplicate.equals(json));
    assertTrue(json.split("\n", -1)[161].contains("\"ADMINISTRATION\": 8"), json.split("\n", -1)[161]);
    duplicate(withDuplicate, MunicipalStrategy.class, 163, "/participation/0/participantsByActorType/ADMINISTRATION",
        "ADMINISTRATION");
  }

  @Test
  void aKeyOfAStringMap() throws IOException {
    String json;
    try (InputStream in = DuplicateKeysTest.class.getResourceAsStream("/golden/barleben-report-de.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // lines 11-12 of the golden report: "parameters": { "ideaId": "i4", of the first finding
    String marker = "\"parameters\": {\n        \"ideaId\": \"i4\",";
    assertTrue(json.split("\n", -1)[11].contains("\"ideaId\": \"i4\""));
    String withDuplicate = json.replaceFirst(java.util.regex.Pattern.quote(marker),
        java.util.regex.Matcher.quoteReplacement(marker + "\n        \"ideaId\": \"i4\","));
    duplicate(withDuplicate, ValidationReport.class, 13, "/findings/0/parameters/ideaId", "ideaId");
  }

  @Test
  void unknownPropertiesInLenientMode() {
    // strict mode stops at the first unknown property; lenient mode skips it, but not twice
    String twice = TOOLBOX_HEAD + "\"name\":\"a\",\"extra\":1,\n\"extra\":2}";
    JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> LENIENT.readWithWarnings(twice, Toolbox.class));
    assertEquals("/extra", e.pointer());
    assertEquals(2, e.line());
    // nor a duplicate inside the skipped value
    String inside = TOOLBOX_HEAD + "\"name\":\"a\",\"extra\":[{\"k\":1,\n\"k\":2}]}";
    e = assertThrows(JsonSyntaxException.class, () -> LENIENT.readWithWarnings(inside, Toolbox.class));
    assertEquals("/extra/0/k", e.pointer());
    assertEquals(2, e.line());
    // a single unknown property is still a warning
    assertEquals(1, LENIENT.readWithWarnings(TOOLBOX_HEAD + "\"name\":\"a\",\"extra\":{\"k\":1}}", Toolbox.class)
        .warnings().size());
  }

  @Test
  void inAStreamedArray() {
    String element = "{\"format\":\"zwk.toolbox\",\"version\":1,\"name\":\"a\"}";
    String bad = "{\"format\":\"zwk.toolbox\",\"version\":1,\"name\":\"a\",\n\"name\":\"b\"}";
    byte[] json = ("[" + element + "," + bad + "]").getBytes(StandardCharsets.UTF_8);
    try (DocumentStream<Toolbox> s = ZwkJson.stream(new ByteArrayInputStream(json), Toolbox.class)) {
      assertEquals(java.util.Optional.of("a"), s.next().name());
      JsonSyntaxException e = assertThrows(JsonSyntaxException.class, s::next);
      assertEquals("/1/name", e.pointer());
      assertEquals(2, e.line());
    }
  }

  @Test
  void noDocumentTypeHasAPropertyNamedLikeTheHeader() {
    // the generator no longer checks names (the codecs write each once): the header must not clash
    for (DocumentFormat<?> f : DocumentFormats.all()) {
      assertFalse(f.codec().propertyNames().contains(Documents.FORMAT), f.name());
      assertFalse(f.codec().propertyNames().contains(Documents.VERSION), f.name());
    }
  }
}
