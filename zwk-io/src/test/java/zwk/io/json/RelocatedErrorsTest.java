// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import zwk.model.strategy.MunicipalStrategy;
import zwk.testkit.ModelGenerators;

/**
 * Bytes, strings and files are read without recording the location of every value; an error that needs
 * one (a model invariant that fails when an object is built, a missing required property) makes
 * {@link DocumentReader} read the source again, recording ({@link Relocate}); files likewise. The error must be
 * the one a recording read reports — the byte stream, which is always read recording, is the
 * reference: same type, source-independent message parts, line, column and pointer.
 */
class RelocatedErrorsTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /**
   * The canonical document of {@code s} with one error injected, chosen by {@code choice}: a
   * measure's progress beyond 100, a measure without its required title, a department twice, a
   * postcode of four digits, or (when the strategy has none of those) a municipality without key.
   */
  private static byte[] inject(MunicipalStrategy s, int choice) {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(ZwkJson.writeBytes(s));
    JsonNode plan = doc.path("plan");
    ArrayNode measures = plan.path("measures").isArray() ? (ArrayNode) plan.get("measures") : null;
    ArrayNode departments = doc.path("departments").isArray() ? (ArrayNode) doc.get("departments") : null;
    switch (choice % 4) {
      case 0:
        if (measures != null && !measures.isEmpty()) {
          ((ObjectNode) measures.get(choice / 4 % measures.size())).put("progressPercent", 150.5);
          return MAPPER.writeValueAsBytes(doc);
        }
        break;
      case 1:
        if (measures != null && !measures.isEmpty()) {
          ((ObjectNode) measures.get(choice / 4 % measures.size())).remove("title");
          return MAPPER.writeValueAsBytes(doc);
        }
        break;
      case 2:
        if (departments != null && !departments.isEmpty()) {
          departments.add(departments.get(choice / 4 % departments.size()).deepCopy());
          return MAPPER.writeValueAsBytes(doc);
        }
        break;
      default:
        ((ObjectNode) doc.get("municipality")).put("postcode", "3917");
        return MAPPER.writeValueAsBytes(doc);
    }
    ObjectNode m = (ObjectNode) doc.get("municipality");
    m.remove("ags");
    m.remove("ars");
    return MAPPER.writeValueAsBytes(doc);
  }

  private static void assertSameError(ZwkFormatException expected, ZwkFormatException actual) {
    assertNotNull(actual);
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected.line(), actual.line(), "line");
    assertEquals(expected.column(), actual.column(), "column");
    assertEquals(expected.pointer(), actual.pointer(), "pointer");
    assertEquals(expected.expected(), actual.expected(), "expected");
    assertEquals(expected.found(), actual.found(), "found");
  }

  private static ZwkFormatException error(org.junit.jupiter.api.function.Executable read) {
    return assertThrows(ZwkFormatException.class, read);
  }

  @Test
  void bytesStringsAndFilesReportWhatTheRecordingReadReports(@TempDir Path dir) {
    Path file = dir.resolve("strategy.json");
    qt().withExamples(300).forAll(ModelGenerators.strategies(), integers().between(0, 1000)).checkAssert((s, choice) -> {
      byte[] json = inject(s, choice);
      ZwkFormatException reference = error(() -> ZwkJson.read(new ByteArrayInputStream(json), MunicipalStrategy.class));
      assertSameError(reference, error(() -> ZwkJson.read(json, MunicipalStrategy.class)));
      assertSameError(reference, error(() -> ZwkJson.read(new String(json, StandardCharsets.UTF_8),
          MunicipalStrategy.class)));
      ZwkFormatException fromFile = error(() -> {
        Files.write(file, json);
        ZwkJson.read(file, MunicipalStrategy.class);
      });
      assertEquals(file.toString(), fromFile.sourceName());
      assertSameError(reference, fromFile);
    });
  }

  @Test
  void anInvariantIsLocatedAtItsProperty(@TempDir Path dir) throws Exception {
    String json = "{\n  \"format\": \"zwk.strategy\",\n  \"version\": 1,\n  \"municipality\": {\n"
        + "    \"ags\": \"15083040\",\n    \"name\": \"Barleben\",\n    \"postcode\": \"3917\"\n  }\n}\n";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (ZwkFormatException e : new ZwkFormatException[] {
        error(() -> ZwkJson.read(bytes, MunicipalStrategy.class)),
        error(() -> ZwkJson.read(json, MunicipalStrategy.class))}) {
      assertEquals(InvalidValueException.class, e.getClass());
      assertEquals("/municipality/postcode", e.pointer());
      assertEquals(7, e.line()); // the value's token, as read: "3917" on line 7, column 17
      assertEquals(17, e.column());
      assertEquals("5 digits", e.expected());
      assertEquals("'3917'", e.found());
    }
    Path file = dir.resolve("s.json");
    Files.write(file, bytes);
    try {
      ZwkJson.read(file, MunicipalStrategy.class);
      fail("read");
    } catch (InvalidValueException e) {
      assertEquals(7, e.line());
      assertEquals(17, e.column());
    }
  }
}
