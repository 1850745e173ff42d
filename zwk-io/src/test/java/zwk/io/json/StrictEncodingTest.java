// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import zwk.model.toolbox.Toolbox;

/**
 * Strict UTF-8 on every read path, UTF-16/32 refused by name, and the byte order mark treated the
 * same through Path, InputStream, byte[], String and Reader (issue 11).
 */
class StrictEncodingTest {
  /** A toolbox document; its name is on line 4. */
  private static final String TOOLBOX = "{\n  \"format\": \"zwk.toolbox\",\n  \"version\": 1,\n  \"name\": \"NAME\",\n"
      + "  \"tools\": []\n}\n";

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** The three byte paths. */
  private static List<Executable> byteReads(byte[] bytes, Path dir) throws Exception {
    Path file = Files.write(dir.resolve("doc" + System.nanoTime() + ".json"), bytes);
    List<Executable> reads = new ArrayList<>();
    reads.add(() -> ZwkJson.read(file, Toolbox.class));
    reads.add(() -> ZwkJson.read(new ByteArrayInputStream(bytes), Toolbox.class));
    reads.add(() -> ZwkJson.read(bytes, Toolbox.class));
    return reads;
  }

  @Test
  void overlongSlashIsRefusedAtItsLineAndColumnOnEveryBytePath(@TempDir Path dir) throws Exception {
    // "name": "a<C0 AF>b" – C0 AF is an overlong encoding of '/', not UTF-8 (RFC 3629 section 3)
    String[] parts = TOOLBOX.split("NAME");
    byte[] bytes = concat(parts[0].getBytes(StandardCharsets.UTF_8), new byte[] {'a', (byte) 0xC0, (byte) 0xAF, 'b'},
        parts[1].getBytes(StandardCharsets.UTF_8));
    for (Executable read : byteReads(bytes, dir)) {
      JsonSyntaxException e = assertThrows(JsonSyntaxException.class, read);
      // line 4 `  "name": "a`: the C0 is the 13th character
      assertEquals(4, e.line(), e.getMessage());
      assertEquals(13, e.column(), e.getMessage());
      assertTrue(e.getMessage().contains("C0") && e.getMessage().contains("overlong"), e.getMessage());
      assertEquals("/name", e.pointer(), e.getMessage());
    }
  }

  @Test
  void otherIllFormedSequencesAreRefused(@TempDir Path dir) throws Exception {
    byte[][] bad = {
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong 3-byte '/'
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate U+D800
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        {(byte) 0xFF}, // never valid
        {(byte) 0x80}, // continuation without a start
        {(byte) 0xC3}}; // cut off (followed by the closing quote)
    String[] parts = TOOLBOX.split("NAME");
    for (byte[] b : bad) {
      byte[] bytes = concat(parts[0].getBytes(StandardCharsets.UTF_8), b, parts[1].getBytes(StandardCharsets.UTF_8));
      for (Executable read : byteReads(bytes, dir)) {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, read);
        assertEquals(4, e.line(), e.getMessage());
      }
    }
    // well-formed multi-byte text still reads: ä (C3 A4), € (E2 82 AC), 😀 (F0 9F 98 80)
    String name = "ä€😀";
    assertEquals(java.util.Optional.of(name),
        ZwkJson.read(TOOLBOX.replace("NAME", name).getBytes(StandardCharsets.UTF_8), Toolbox.class).name());
  }

  @Test
  void utf16AndUtf32AreRefusedByName(@TempDir Path dir) throws Exception {
    String json = TOOLBOX.replace("NAME", "x");
    Object[][] cases = {
        {StandardCharsets.UTF_16BE, new byte[0], "UTF-16BE"},
        {StandardCharsets.UTF_16LE, new byte[0], "UTF-16LE"},
        {StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE text (byte order mark FE FF)"},
        {StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE text (byte order mark FF FE)"},
        {Charset.forName("UTF-32BE"), new byte[0], "UTF-32BE"},
        {Charset.forName("UTF-32LE"), new byte[0], "UTF-32LE"},
        {Charset.forName("UTF-32LE"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE text (byte order mark"}};
    for (Object[] c : cases) {
      byte[] bytes = concat((byte[]) c[1], json.getBytes((Charset) c[0]));
      for (Executable read : byteReads(bytes, dir)) {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, read);
        assertTrue(e.getMessage().contains((String) c[2]), c[2] + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("expected JSON text in UTF-8"), e.getMessage());
        assertEquals(1, e.line());
        assertEquals(1, e.column());
      }
    }
  }

  @Test
  void byteOrderMarkIsSkippedThroughEverySource(@TempDir Path dir) throws Exception {
    String json = TOOLBOX.replace("NAME", "Werkzeugkoffer");
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json.getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("bom.json"), bytes);
    Toolbox expected = ZwkJson.read(json, Toolbox.class);
    assertEquals(expected, ZwkJson.read(file, Toolbox.class));
    assertEquals(expected, ZwkJson.read(new ByteArrayInputStream(bytes), Toolbox.class));
    assertEquals(expected, ZwkJson.read(bytes, Toolbox.class));
    assertEquals(expected, ZwkJson.read("\uFEFF" + json, Toolbox.class));
    assertEquals(expected, ZwkJson.read(new StringReader("\uFEFF" + json), Toolbox.class));
    assertEquals(ZwkJson.detectFormat(file), ZwkJson.detectFormat("\uFEFF" + json));
  }
}
