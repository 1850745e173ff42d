// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;

/**
 * The number bounds hold wherever a number stands, now that the binding parsers check them in the
 * codecs instead of in a parser delegate: where a number is expected, where another value is
 * expected, as the version, in a skipped value, in a document read as a tree, after the document
 * and in a streamed array. Each time the error is the limit, at the number's line and pointer.
 */
class NumberBoundsEverywhereTest {
  private static final String HUGE = "1e999999999";
  private static final DocumentReader LENIENT = ZwkJson.reader(ReadOptions.lenient());

  private static void refused(String json, Class<?> type, boolean lenient, int line, String pointer) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (int kind = 0; kind < 3; kind++) {
      final int k = kind;
      JsonLimitException e = assertThrows(JsonLimitException.class, () -> {
        DocumentReader r = lenient ? LENIENT : ZwkJson.reader(ReadOptions.strict());
        if (k == 0) {
          r.readWithWarnings(bytes, type);
        } else if (k == 1) {
          r.readWithWarnings(new ByteArrayInputStream(bytes), type);
        } else {
          r.readWithWarnings(json, type);
        }
      }, json);
      assertEquals(JsonLimitException.Limit.NUMBER_EXPONENT, e.limit(), json);
      assertEquals(line, e.line(), json);
      assertEquals(pointer, e.pointer(), json);
    }
  }

  @Test
  void whereAnIntegerIsExpected() {
    refused("{\"format\":\"zwk.strategy\",\"version\":1,\"municipality\":{\"ags\":\"15083040\",\"name\":\"B\",\n"
        + "\"population\":" + HUGE + "}}", MunicipalStrategy.class, false, 2, "/municipality/population");
  }

  @Test
  void whereAStringOrAnObjectIsExpected() {
    refused("{\"format\":\"zwk.strategy\",\"version\":1,\"municipality\":{\n\"ags\":" + HUGE + "}}",
        MunicipalStrategy.class, false, 2, "/municipality/ags");
    refused("{\"format\":\"zwk.strategy\",\"version\":1,\n\"municipality\":" + HUGE + "}", MunicipalStrategy.class,
        false, 2, "/municipality");
    refused("\n" + HUGE, Toolbox.class, false, 2, "");
  }

  @Test
  void asTheVersion() {
    refused("{\"format\":\"zwk.toolbox\",\n\"version\":" + HUGE + "}", Toolbox.class, false, 2, "/version");
  }

  @Test
  void inASkippedValueAndInATree() {
    refused("{\"format\":\"zwk.toolbox\",\"version\":1,\"name\":\"a\",\"extra\":[\n" + HUGE + "]}", Toolbox.class, true,
        2, "/extra/0");
    refused("{\"name\":\"a\",\"extra\":{\"k\":\n" + HUGE + "},\"format\":\"zwk.toolbox\",\"version\":1}", Toolbox.class,
        true, 2, "/extra/k");
  }

  @Test
  void afterTheDocument() {
    refused("{\"format\":\"zwk.toolbox\",\"version\":1,\"name\":\"a\"}\n" + HUGE, Toolbox.class, false, 2, "");
  }

  @Test
  void inAStreamedArray() {
    byte[] json = ("[{\"format\":\"zwk.toolbox\",\"version\":1,\"name\":\"a\"},\n" + HUGE + "]")
        .getBytes(StandardCharsets.UTF_8);
    try (DocumentStream<Toolbox> s = ZwkJson.stream(new ByteArrayInputStream(json), Toolbox.class)) {
      s.next();
      JsonLimitException e = assertThrows(JsonLimitException.class, s::next);
      assertEquals(JsonLimitException.Limit.NUMBER_EXPONENT, e.limit());
      assertEquals(2, e.line());
      assertEquals("/1", e.pointer());
    }
  }
}
