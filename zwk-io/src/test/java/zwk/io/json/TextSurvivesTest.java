// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import zwk.model.toolbox.Toolbox;

/** Hand-picked text that must survive exactly, and how it is written. */
class TextSurvivesTest {

  private static final String HARD = "Größe ß Ä 😀 𝄞 \"quoted\" back\\slash tab\t nl\n cr\r nul\u0000 del\u007f \u2028";

  @Test
  void hardTextSurvivesAndIsEscapedAsJsonRequires() {
    Toolbox box = Toolbox.builder().name(HARD).build();
    String json = ZwkJson.writeString(box);
    assertEquals(box, ZwkJson.read(json, Toolbox.class));
    // RFC 8259: quote, backslash and control characters are escaped; everything else is UTF-8 text.
    assertTrue(json.contains("\\\"quoted\\\""), json);
    assertTrue(json.contains("back\\\\slash"), json);
    assertTrue(json.contains("tab\\t nl\\n cr\\r nul\\u0000"), json);
    assertTrue(json.contains("Größe ß Ä 😀 𝄞"), json);
    byte[] bytes = ZwkJson.writeBytes(box);
    // U+1F600 in UTF-8 is F0 9F 98 80 (4 bytes), not two 3-byte surrogate encodings (CESU-8).
    assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("\u00f0\u009f\u0098\u0080"));
  }

  @Test
  void loneSurrogateIsRejectedOnReadWithItsPointer() {
    String json = "{\"format\":\"zwk.toolbox\",\"version\":1,\"name\":\"a\\uD800b\"}";
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ZwkJson.read(json, Toolbox.class));
    assertEquals("/name", e.pointer());
  }

  @Test
  void loneSurrogateCannotBeWritten() {
    Toolbox box = Toolbox.builder().name("a\uD800b").build();
    assertThrows(IllegalArgumentException.class, () -> ZwkJson.writeString(box));
  }
}
