// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import zwk.testkit.ModelGenerators;

/**
 * The generated property readers ({@code GeneratedReaders}) against the reference they replace, the
 * properties' codecs and setter lambdas: on generated documents of every
 * document type, as written and with one corruption each (a value replaced by null, a number, a
 * string, an array or an object; a property removed or an unknown one added; a property line
 * doubled, i.e. a duplicate key; the text cut short), read from bytes (not recording, the {@link
 * Relocate} path) and from a stream (recording), strictly and leniently: equal values and warnings, or
 * the same error (type, message, line, column, pointer, expected, found).
 */
class GeneratedReadersEquivalenceTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Map<Class<?>, ObjectCodec<?, ?>> GENERIC = ModelCodecs.withoutGeneratedReaders();

  /** A reader whose formats bind every property through its codec and setter lambda. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static DocumentReader generic(ReadOptions options) {
    Map<Class<?>, DocumentFormat<?>> formats = new HashMap<>();
    for (DocumentFormat<?> f : DocumentFormats.all()) {
      ObjectCodec<?, ?> c = GENERIC.get(f.type());
      if (c != null) {
        assertEquals(1, f.version(), "a format with migrations: build it with them");
        formats.put(f.type(), new DocumentFormat(f.name(), f.version(), f.type(), c, f.schemaResource(), Map.of()));
      }
    }
    return new DocumentReader(options, formats);
  }

  @Test
  void theReferenceReadsWithoutGeneratedReadersAndTheDefaultWithThem() {
    for (ObjectCodec<?, ?> c : GENERIC.values()) {
      assertFalse(c.generated(), c.typeName());
    }
    assertTrue(ModelCodecs.STRATEGY.generated());
    assertTrue(GENERIC.size() >= 40, "every bound type derived again: " + GENERIC.size());
  }

  @Test
  void strategies() {
    check(ModelGenerators.strategies(), zwk.model.strategy.MunicipalStrategy.class, 400);
  }

  @Test
  void profiles() {
    check(ModelGenerators.profiles(), zwk.model.profile.MunicipalProfile.class, 150);
  }

  @Test
  void toolboxes() {
    check(ModelGenerators.toolboxes(), zwk.model.toolbox.Toolbox.class, 100);
  }

  @Test
  void programmeDirectories() {
    check(ModelGenerators.programmeDirectories(), zwk.model.programme.ProgrammeDirectory.class, 100);
  }

  @Test
  void catalogues() {
    check(ModelGenerators.catalogues(), zwk.model.catalogue.ActionFieldCatalogue.class, 100);
  }

  private static <T> void check(Gen<T> values, Class<T> type, int examples) {
    DocumentReader[] generated = {ZwkJson.reader(ReadOptions.strict()), ZwkJson.reader(ReadOptions.lenient())};
    DocumentReader[] reference = {generic(ReadOptions.strict()), generic(ReadOptions.lenient())};
    qt().withExamples(examples).forAll(values, integers().between(0, 1_000_000)).checkAssert((v, choice) -> {
      byte[] json = corrupt(ZwkJson.writeBytes(v), choice);
      for (int k = 0; k < 2; k++) {
        DocumentReader g = generated[k];
        DocumentReader r = reference[k];
        assertSame(outcome(in -> r.readWithWarnings(in, type), json), outcome(in -> g.readWithWarnings(in, type), json),
            new String(json, StandardCharsets.UTF_8));
        assertSame(outcome(in -> r.readWithWarnings(new ByteArrayInputStream(in), type), json),
            outcome(in -> g.readWithWarnings(new ByteArrayInputStream(in), type), json),
            new String(json, StandardCharsets.UTF_8));
      }
    });
  }

  /** The value and warnings read, or the error, as comparable text. */
  private static String outcome(Function<byte[], ReadResult<?>> read, byte[] json) {
    try {
      ReadResult<?> r = read.apply(json);
      return "value " + r.value() + "\nwarnings " + r.warnings();
    } catch (ZwkFormatException e) {
      return "error " + e.getClass().getName() + " " + e.line() + ":" + e.column() + " " + e.pointer()
          + "\nexpected " + e.expected() + "\nfound " + e.found() + "\nmessage " + e.getMessage();
    }
  }

  private static void assertSame(String reference, String generated, String json) {
    assertEquals(reference, generated, () -> "document:\n" + json);
  }

  /** The document with the corruption {@code choice} picks (choice 0 to 9 of every 100: none). */
  static byte[] corrupt(byte[] json, int choice) {
    int kind = choice % 100;
    int where = choice / 100;
    if (kind < 10) {
      return json;
    }
    String text = new String(json, StandardCharsets.UTF_8);
    if (kind < 20) {
      // a property line doubled: a duplicate key when its value is on the line
      String[] lines = text.split("\n", -1);
      List<Integer> props = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].trim().startsWith("\"") && lines[i].contains("\": ")) {
          props.add(i);
        }
      }
      int i = props.get(where % props.size());
      String line = lines[i].endsWith(",") ? lines[i] : lines[i] + ",";
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < lines.length; j++) {
        if (j == i) {
          sb.append(line).append('\n');
        }
        sb.append(lines[j]);
        if (j < lines.length - 1) {
          sb.append('\n');
        }
      }
      return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
    if (kind < 25) {
      int cut = where % json.length;
      return java.util.Arrays.copyOf(json, cut);
    }
    ObjectNode doc = (ObjectNode) MAPPER.readTree(json);
    List<JsonNode> containers = new ArrayList<>();
    collect(doc, containers);
    JsonNode target = containers.get(where % containers.size());
    JsonNodeFactory n = JsonNodeFactory.instance;
    JsonNode replacement;
    switch (kind % 8) {
      case 0:
        replacement = n.nullNode();
        break;
      case 1:
        replacement = n.numberNode(where % 3 == 0 ? 150.5 : where % 3 == 1 ? -3 : 3_000_000_000L);
        break;
      case 2:
        replacement = n.textNode(where % 2 == 0 ? "x" : "2023-02-30");
        break;
      case 3:
        replacement = n.arrayNode().add(n.nullNode());
        break;
      case 4:
        replacement = n.objectNode();
        break;
      default:
        replacement = null;
        break;
    }
    if (target.isObject()) {
      ObjectNode o = (ObjectNode) target;
      List<String> names = new ArrayList<>(o.propertyNames());
      if (kind % 8 == 7 || names.isEmpty()) {
        o.put("reviewProbe", "unknown");
      } else {
        String name = names.get(where / 7 % names.size());
        if (replacement == null) {
          o.remove(name);
        } else {
          o.set(name, replacement);
        }
      }
    } else {
      ArrayNode a = (ArrayNode) target;
      if (!a.isEmpty()) {
        int i = where / 7 % a.size();
        if (replacement == null) {
          a.remove(i);
        } else {
          a.set(i, replacement);
        }
      }
    }
    return MAPPER.writeValueAsBytes(doc);
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isObject() || node.isArray()) {
      into.add(node);
      for (JsonNode child : node.values()) {
        collect(child, into);
      }
    }
  }
}
