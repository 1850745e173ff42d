// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.samples.Samples;

/** {@link ZwkJson#detectFormat}: the top-level "format" before reading, located errors otherwise. */
class FormatDetectionTest {

  @Test
  void theBundledSamplesAreRecognised(@TempDir Path dir) throws Exception {
    Path strategy = Files.write(dir.resolve("s.json"), Samples.bytes(Samples.BARLEBEN_STRATEGY));
    Path toolbox = Files.write(dir.resolve("t.json"), Samples.bytes(Samples.TOOLBOX));
    assertEquals(Optional.of(DocumentFormats.STRATEGY), ZwkJson.detectFormat(strategy));
    assertEquals(Optional.of(DocumentFormats.TOOLBOX), ZwkJson.detectFormat(toolbox));
    assertEquals(Optional.of(DocumentFormats.TOOLBOX),
        ZwkJson.detectFormat(new ByteArrayInputStream(Samples.bytes(Samples.TOOLBOX))));
  }

  @Test
  void everyBuiltInFormatIsFoundWhereverTheHeaderStands() {
    for (DocumentFormat<?> f : DocumentFormats.all()) {
      // after a nested value, and with a "format" property inside that value that must not count
      String json = "{\"x\":{\"format\":\"zwk.rules\",\"a\":[1,{}]},\"format\":\"" + f.name() + "\",\"version\":1}";
      assertEquals(Optional.of(f), ZwkJson.detectFormat(json), json);
    }
  }

  @Test
  void noBuiltInFormatIsEmpty() {
    assertEquals(Optional.empty(), ZwkJson.detectFormat("{}"));
    assertEquals(Optional.empty(), ZwkJson.detectFormat("{\"version\":1,\"a\":[]}"));
    assertEquals(Optional.empty(), ZwkJson.detectFormat("{\"format\":\"zwk.unknown\"}"));
    assertEquals(Optional.empty(), ZwkJson.detectFormat("{\"format\":1}"));
    assertEquals(Optional.empty(), ZwkJson.detectFormat("{\"format\":null}"));
  }

  @Test
  void notAnObjectIsALocatedError() {
    JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> ZwkJson.detectFormat("\n  [1]"));
    assertEquals(2, e.line());
    assertEquals(3, e.column());
    assertEquals("an array", e.found());
    assertTrue(e.expected().contains("JSON object"), e.expected());
    JsonSyntaxException empty = assertThrows(JsonSyntaxException.class, () -> ZwkJson.detectFormat(" "));
    assertEquals("empty input", empty.found());
  }

  @Test
  void malformedJsonIsALocatedError() {
    // line 2: the value of "a" is cut off by a brace; the scan meets it before "format"
    ZwkFormatException e = assertThrows(ZwkFormatException.class,
        () -> ZwkJson.detectFormat("{\n\"a\": }, \"format\": \"zwk.strategy\"}"));
    assertEquals(2, e.line());
    assertEquals("<string>", e.sourceName());
  }

  @Test
  void theDocumentLimitsApply() {
    String deep = "{\"a\":" + "[".repeat(JsonLimits.DEFAULT_MAX_NESTING_DEPTH + 1) + "]".repeat(
        JsonLimits.DEFAULT_MAX_NESTING_DEPTH + 1) + ",\"format\":\"zwk.strategy\"}";
    assertThrows(JsonLimitException.class, () -> ZwkJson.detectFormat(deep));
  }

  @Test
  void aReaderDetectsUnderItsOwnLimits() {
    // a value nested 5 deep (object + 4 arrays) before the header: over a depth limit of 3, within the default 64
    String json = "{\"note\":[[[[]]]],\"format\":\"zwk.toolbox\"}";
    assertEquals(Optional.of(DocumentFormats.TOOLBOX), ZwkJson.detectFormat(json));
    DocumentReader shallow = ZwkJson.reader(ReadOptions.strict().withLimits(JsonLimits.defaults().withMaxNestingDepth(3)));
    JsonLimitException e = assertThrows(JsonLimitException.class, () -> shallow.detectFormat(json));
    assertEquals(JsonLimitException.Limit.NESTING_DEPTH, e.limit());
  }

  @Test
  void aMissingFileIsAnIoErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ZwkJson.detectFormat(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void aFileErrorNamesTheFile(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\" \"zwk.toolbox\"}", StandardCharsets.UTF_8);
    ZwkFormatException e = assertThrows(ZwkFormatException.class, () -> ZwkJson.detectFormat(bad));
    assertEquals(bad.toString(), e.sourceName());
    assertEquals(1, e.line());
  }
}
