// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema resources are exactly what the bindings describe, so that schema and reader
 * cannot drift apart. Regenerate after a model change with
 * {@code mvn -pl zwk-io -am verify -Dzwk.schema.write=true -Dtest=SchemaResourcesTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SchemaResourcesTest {

  @Test
  void shippedSchemasMatchTheBindings() throws IOException {
    for (DocumentFormat<?> f : DocumentFormats.all()) {
      String generated = JsonEngine.writer().writeValueAsString(SchemaGenerator.generate(f)) + "\n";
      Path source = Path.of("src/main/resources").resolve(f.schemaResource());
      if (Boolean.getBoolean("zwk.schema.write")) {
        Files.createDirectories(source.getParent());
        Files.writeString(source, generated, StandardCharsets.UTF_8);
      }
      try (InputStream in = Files.exists(source) ? Files.newInputStream(source)
          : getClass().getClassLoader().getResourceAsStream(f.schemaResource())) {
        assertNotNull(in, "missing schema resource " + f.schemaResource());
        String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(generated, shipped, f.schemaResource() + " is out of date; regenerate it (see class comment)");
      }
    }
  }
}
