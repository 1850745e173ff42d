// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.model.region.Ags;
import zwk.model.region.Municipality;
import zwk.model.sample.SampleStrategies;
import zwk.model.strategy.MunicipalStrategy;

/** The streaming array reader and writer. */
class StreamingTest {

  private static MunicipalStrategy small(int i) {
    return MunicipalStrategy.builder().id("s-" + i)
        .municipality(Municipality.builder().ags(Ags.of("15083040")).name("Gemeinde " + i).build()).build();
  }

  @Test
  void writeArrayThenStreamGivesTheSameDocuments(@TempDir Path dir) {
    List<MunicipalStrategy> list = new ArrayList<>();
    list.add(SampleStrategies.barleben());
    for (int i = 0; i < 50; i++) {
      list.add(small(i));
    }
    Path file = dir.resolve("many.json");
    try (var out = Files.newOutputStream(file)) {
      ZwkJson.writeArray(list, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<MunicipalStrategy> back = new ArrayList<>();
    try (DocumentStream<MunicipalStrategy> s = ZwkJson.stream(file, MunicipalStrategy.class)) {
      s.forEachRemaining(back::add);
    }
    assertEquals(list, back);
  }

  /**
   * 10,000 strategies from a generated stream that never exists as a whole: the reader counts
   * them one at a time. The array is produced lazily, element by element.
   */
  @Test
  void tenThousandStrategiesOneAtATime() {
    int n = 10_000;
    Enumeration<InputStream> parts = new Enumeration<>() {
      int i = -1;

      @Override
      public boolean hasMoreElements() {
        return i <= n;
      }

      @Override
      public InputStream nextElement() {
        i++;
        String s = i == 0 ? "[" : i == n + 1 ? "]" : (i > 1 ? "," : "") + ZwkJson.writeString(small(i - 1));
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
      }
    };
    long count;
    try (DocumentStream<MunicipalStrategy> s = ZwkJson.stream(new SequenceInputStream(parts), MunicipalStrategy.class)) {
      count = s.stream().filter(x -> x.municipality().name().startsWith("Gemeinde ")).count();
    }
    assertEquals(n, count);
  }

  @Test
  void errorsPointIntoTheArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZwkJson.writeArray(List.of(small(0), small(1)), out);
    String json = out.toString(StandardCharsets.UTF_8).replace("\"Gemeinde 1\"", "17");
    DocumentStream<MunicipalStrategy> s = ZwkJson.stream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        MunicipalStrategy.class);
    assertTrue(s.hasNext());
    assertEquals("s-0", s.next().id().get());
    InvalidValueException e = assertThrows(InvalidValueException.class, s::hasNext);
    assertEquals("/1/municipality/name", e.pointer());
    assertFalse(s.hasNext());
    s.close();
  }

  @Test
  void elementsLongerThanTheDocumentLimitFail() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ZwkJson.writeArray(List.of(small(0), SampleStrategies.barleben()), out);
    DocumentReader reader = ZwkJson.reader(ReadOptions.strict().withLimits(JsonLimits.defaults().withMaxDocumentLength(2000)));
    try (DocumentStream<MunicipalStrategy> s = reader.stream(new ByteArrayInputStream(out.toByteArray()),
        MunicipalStrategy.class)) {
      assertEquals("s-0", s.next().id().get());
      JsonLimitException e = assertThrows(JsonLimitException.class, s::next);
      assertEquals(JsonLimitException.Limit.DOCUMENT_LENGTH, e.limit());
      assertEquals("/1", e.pointer());
    }
  }

  @Test
  void notAnArrayIsALocatedError() {
    try (DocumentStream<MunicipalStrategy> s = ZwkJson.stream(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)),
        MunicipalStrategy.class)) {
      JsonSyntaxException e = assertThrows(JsonSyntaxException.class, s::hasNext);
      assertEquals(1, e.line());
      assertEquals("an object", e.found());
    }
  }

  @Test
  void wholeDocumentLimitApplies() {
    DocumentReader reader = ZwkJson.reader(ReadOptions.strict().withLimits(JsonLimits.defaults().withMaxDocumentLength(1000)));
    JsonLimitException e = assertThrows(JsonLimitException.class,
        () -> reader.read(ZwkJson.writeBytes(SampleStrategies.barleben()), MunicipalStrategy.class));
    assertEquals(JsonLimitException.Limit.DOCUMENT_LENGTH, e.limit());
  }
}
