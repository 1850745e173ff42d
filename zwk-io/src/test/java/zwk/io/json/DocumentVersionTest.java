// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;

/** The {@code format}/{@code version} header: newer versions fail, older ones are migrated. */
class DocumentVersionTest {

  @Test
  void newerVersionFailsWithAClearMessage() {
    UnsupportedDocumentException e = assertThrows(UnsupportedDocumentException.class,
        () -> ZwkJson.read("{\"format\":\"zwk.toolbox\",\"version\":2,\"name\":\"x\"}", Toolbox.class));
    assertEquals("/version", e.pointer());
    assertEquals("2", e.found());
    assertTrue(e.getMessage().contains("newer zwk"), e.getMessage());
  }

  @Test
  void newerVersionAfterTheOtherPropertiesFailsToo() {
    UnsupportedDocumentException e = assertThrows(UnsupportedDocumentException.class,
        () -> ZwkJson.read("{\"name\":\"x\",\"format\":\"zwk.toolbox\",\"version\":7}", Toolbox.class));
    assertEquals("/version", e.pointer());
  }

  @Test
  void wrongOrMissingFormatIsNamed() {
    UnsupportedDocumentException e = assertThrows(UnsupportedDocumentException.class,
        () -> ZwkJson.read("{\"format\":\"zwk.toolbox\",\"version\":1}", MunicipalStrategy.class));
    assertEquals("/format", e.pointer());
    assertEquals("'zwk.toolbox'", e.found());
    e = assertThrows(UnsupportedDocumentException.class, () -> ZwkJson.read("{\"name\":\"x\"}", Toolbox.class));
    assertEquals("/format", e.pointer());
    e = assertThrows(UnsupportedDocumentException.class,
        () -> ZwkJson.read("{\"format\":\"zwk.toolbox\",\"name\":\"x\"}", Toolbox.class));
    assertEquals("/version", e.pointer());
    e = assertThrows(UnsupportedDocumentException.class,
        () -> ZwkJson.read("{\"format\":\"zwk.toolbox\",\"version\":\"1\"}", Toolbox.class));
    assertEquals("/version", e.pointer());
  }

  @Test
  void headerMayComeLastAndErrorsStillNameThePointer() {
    Toolbox t = ZwkJson.read("{\"name\":\"Koffer\",\"version\":1,\"format\":\"zwk.toolbox\"}", Toolbox.class);
    assertEquals("Koffer", t.name().get());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ZwkJson.read(
        "{\"tools\":[{\"id\":\"a\",\"title\":\"T\",\"kind\":\"NOPE\"}],\"format\":\"zwk.toolbox\",\"version\":1}",
        Toolbox.class));
    assertEquals("/tools/0/kind", e.pointer());
  }

  /**
   * A hypothetical version 2 of zwk.toolbox in which version 1 called the name "title": the
   * migration renames it, and version 1 documents read into the same model.
   */
  @Test
  void olderVersionGoesThroughTheMigration() {
    DocumentFormat<Toolbox> v2 = DocumentFormats.TOOLBOX.nextVersion(doc -> {
      JsonNode title = doc.remove("title");
      if (title != null) {
        doc.set("name", title);
      }
      return doc;
    }, "zwk/io/json/schema/toolbox-2.schema.json");
    assertEquals(2, v2.version());
    DocumentReader reader = ZwkJson.reader(ReadOptions.strict()).withFormat(v2);
    Toolbox old = reader.read("{\"format\":\"zwk.toolbox\",\"version\":1,\"title\":\"Alt\"}", Toolbox.class);
    assertEquals("Alt", old.name().get());
    Toolbox current = reader.read("{\"format\":\"zwk.toolbox\",\"version\":2,\"name\":\"Neu\"}", Toolbox.class);
    assertEquals("Neu", current.name().get());
    assertThrows(UnsupportedDocumentException.class,
        () -> reader.read("{\"format\":\"zwk.toolbox\",\"version\":3}", Toolbox.class));
    // Without the migration (the built-in format), "title" is an unknown property of version 1.
    UnknownPropertyException e = assertThrows(UnknownPropertyException.class,
        () -> ZwkJson.read("{\"format\":\"zwk.toolbox\",\"version\":1,\"title\":\"Alt\"}", Toolbox.class));
    assertEquals("/title", e.pointer());
  }

  @Test
  void everyBuiltInFormatHasItsNameAndSchema() {
    assertEquals("zwk.strategy", DocumentFormats.STRATEGY.name());
    assertEquals("zwk.toolbox", DocumentFormats.TOOLBOX.name());
    assertEquals("zwk.profile", DocumentFormats.PROFILE.name());
    assertEquals("zwk.action-fields", DocumentFormats.ACTION_FIELDS.name());
    assertEquals("zwk.report", DocumentFormats.REPORT.name());
    assertEquals("zwk.rules", DocumentFormats.RULES.name());
    for (DocumentFormat<?> f : DocumentFormats.all()) {
      // zwk.projection-assumptions is at version 2 (the mortality method, ProjectionAssumptionCodecs.V1_TO_V2)
      assertEquals(f == DocumentFormats.PROJECTION_ASSUMPTIONS ? 2 : 1, f.version(), f.name());
      assertTrue(getClass().getClassLoader().getResource(f.schemaResource()) != null, f.schemaResource());
    }
  }
}
