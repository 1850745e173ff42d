// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import zwk.model.meta.MetaProperty;
import zwk.model.meta.MetaType;

/**
 * The metamodel (written at build time from the {@code *Def} types) against the JSON side: every
 * model type belongs to a document or is explicitly left out ({@link ModelCodecs#NOT_IN_JSON}), every
 * attribute of every bound type has a binding, and the shipped JSON Schemas (the resource files,
 * not the generator) have an entry for every attribute with the right required list. A new
 * attribute or type fails here until it is bound and the schemas are regenerated.
 */
class MetamodelCoverageTest {

  private static List<String> names(MetaType<?, ?> t) {
    List<String> names = new ArrayList<>();
    for (MetaProperty<?, ?> p : t.properties()) {
      names.add(p.name());
    }
    return names;
  }

  private static Set<Class<?>> bound() {
    Set<Class<?>> bound = new HashSet<>();
    ModelCodecs.ALL.forEach(c -> bound.add(c.type()));
    return bound;
  }

  @Test
  void everyModelTypeIsInADocumentOrExplicitlyLeftOut() {
    Set<Class<?>> bound = bound();
    Set<String> simpleNames = new HashSet<>();
    for (MetaType<?, ?> t : ModelCodecs.metamodel().values()) {
      String name = t.type().getSimpleName();
      simpleNames.add(name);
      boolean out = ModelCodecs.NOT_IN_JSON.containsKey(name);
      assertTrue(bound.contains(t.type()) != out, name + ": bound in a document = " + bound.contains(t.type())
          + ", listed in ModelCodecs.NOT_IN_JSON = " + out + " (exactly one must hold)");
    }
    for (String excluded : ModelCodecs.NOT_IN_JSON.keySet()) {
      assertTrue(simpleNames.contains(excluded), "NOT_IN_JSON names no model type: " + excluded);
    }
    assertTrue(ModelCodecs.metamodel().size() >= 40, "the metamodel lists " + ModelCodecs.metamodel().size() + " types");
  }

  @Test
  void everyAttributeOfEveryBoundTypeHasABinding() {
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
      MetaType<?, ?> t = ModelCodecs.metamodel().get(c.type());
      assertEquals(names(t), c.propertyNames(), c.typeName());
    }
  }

  @Test
  void everyAttributeHasAnEntryInTheShippedSchemas() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, JsonNode> objects = new HashMap<>();
    Set<String> roots = new HashSet<>();
    for (DocumentFormat<?> f : DocumentFormats.all()) {
      try (InputStream in = MetamodelCoverageTest.class.getClassLoader().getResourceAsStream(f.schemaResource())) {
        assertNotNull(in, f.schemaResource());
        JsonNode schema = mapper.readTree(in);
        objects.put(f.type().getSimpleName(), schema);
        roots.add(f.type().getSimpleName());
        schema.path("$defs").properties().forEach(e -> objects.putIfAbsent(e.getKey(), e.getValue()));
      }
    }
    for (ObjectCodec<?, ?> c : ModelCodecs.ALL) {
      MetaType<?, ?> t = ModelCodecs.metamodel().get(c.type());
      JsonNode schema = objects.get(c.typeName());
      assertNotNull(schema, c.typeName() + " has no schema entry (regenerate the schemas, docs/json.md)");
      List<String> properties = new ArrayList<>();
      schema.path("properties").propertyNames().forEach(properties::add);
      if (roots.contains(c.typeName())) {
        // The document header comes first at the root of a document.
        assertEquals(List.of("format", "version"), properties.subList(0, 2), c.typeName());
        properties = properties.subList(2, properties.size());
      }
      assertEquals(names(t), properties, c.typeName() + ": attributes vs. shipped schema properties");
      Set<String> required = new HashSet<>();
      schema.path("required").forEach(n -> required.add(n.asString()));
      for (MetaProperty<?, ?> p : t.properties()) {
        assertEquals(p.kind() == MetaProperty.Kind.REQUIRED, required.contains(p.name()),
            c.typeName() + "." + p.name() + " required in the schema");
      }
      assertEquals(false, schema.path("additionalProperties").asBoolean(true), c.typeName() + " additionalProperties");
    }
  }
}
