// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import zwk.model.plan.Measure;
import zwk.model.region.Ags;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;

/** {@link ZwkModule} on a user's own mapper. */
class ZwkModuleTest {

  private final JsonMapper mapper = JsonMapper.builder().addModule(new ZwkModule()).build();

  @Test
  void documentsWriteWithHeaderAndReadBack() {
    MunicipalStrategy s = SampleStrategies.barleben();
    String json = mapper.writeValueAsString(s);
    assertTrue(json.startsWith("{\"format\":\"zwk.strategy\",\"version\":1,\"id\":\"barleben-2024\""), json);
    assertEquals(s, mapper.readValue(json, MunicipalStrategy.class));
    // Same content as the facade's canonical output, only without the pretty printing.
    assertEquals(mapper.readTree(ZwkJson.writeString(s)), mapper.readTree(json));
  }

  @Test
  void partsAndKeysInsideTheUsersOwnTypes() {
    List<Measure> measures = SampleStrategies.barleben().plan().get().measures();
    String json = mapper.writeValueAsString(measures);
    assertTrue(json.contains("\"leadDepartmentId\":\"bauamt\""), json);
    assertFalse(json.contains("\"format\""), json);
    assertEquals(measures, mapper.readValue(json, new TypeReference<List<Measure>>() { }));
    assertEquals("\"15083040\"", mapper.writeValueAsString(Ags.of("15083040")));
    assertEquals(Ags.of("13076"), mapper.readValue("\"13076\"", Ags.class));
  }

  @Test
  void errorsStayStrict() {
    Exception e = assertThrows(RuntimeException.class,
        () -> mapper.readValue("[{\"id\":\"m\",\"title\":\"t\",\"colour\":1}]", new TypeReference<List<Measure>>() { }));
    assertTrue(e instanceof ZwkFormatException || e instanceof JacksonException, e.toString());
    assertTrue(e.getMessage().contains("/0/colour"), e.getMessage());
  }

  /** docs/design.md: zwk-model has no Jackson dependency; the binding lives here. */
  @Test
  void modelHasNoJacksonDependency() throws Exception {
    Path pom = Path.of("../zwk-model/pom.xml");
    assertTrue(Files.exists(pom), "zwk-model/pom.xml not found from " + Path.of("").toAbsolutePath());
    assertFalse(Files.readString(pom, StandardCharsets.UTF_8).contains("jackson"));
  }
}
