// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Foreign JSON (OParl objects, Decidim exports) as Jackson trees, read under zwk's
 * {@link JsonLimits} with located errors: malformed JSON is a {@link JsonSyntaxException}, a limit
 * a {@link JsonLimitException}, both with line, column and JSON pointer.
 */
public final class JsonTrees {
  private JsonTrees() {}

  /** A value with the 1-based line where it starts. */
  public static final class Located {
    private final int line;
    private final JsonNode node;

    Located(int line, JsonNode node) {
      this.line = line;
      this.node = node;
    }

    /** 1-based line where the value starts. */
    public int line() {
      return line;
    }

    /** The value. */
    public JsonNode node() {
      return node;
    }
  }

  /** Reads one whole JSON value. */
  public static JsonNode read(InputStream in, String source, JsonLimits limits) {
    JsonMapper mapper = JsonEngine.documentMapper(limits);
    JsonParser p = null;
    try {
      p = mapper.createParser(in);
      JsonNode node = mapper.readTree(p);
      if (node == null) {
        throw new JsonSyntaxException(source, 1, 1, "", "a JSON value", "an empty input", null);
      }
      if (p.nextToken() != null) {
        throw new JsonSyntaxException(source, ReadContext.line(p.currentTokenLocation()),
            ReadContext.column(p.currentTokenLocation()), "", "the end of the input after the value", "more JSON", null);
      }
      return node;
    } catch (JacksonException e) {
      throw JsonEngine.translate(e, p, source, "", null);
    }
  }

  /** Reads a top-level array and returns its elements with their lines. */
  public static List<Located> readArray(InputStream in, String source, JsonLimits limits) {
    JsonMapper mapper = JsonEngine.documentMapper(limits);
    JsonParser p = null;
    try {
      p = mapper.createParser(in);
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        throw new JsonSyntaxException(source, ReadContext.line(p.currentTokenLocation()),
            ReadContext.column(p.currentTokenLocation()), "", "a JSON array", t == null ? "an empty input" : String.valueOf(t), null);
      }
      List<Located> out = new ArrayList<>();
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new JsonSyntaxException(source, ReadContext.line(p.currentLocation()), ReadContext.column(p.currentLocation()),
              "/" + out.size(), "the end of the array", "the end of the input", null);
        }
        int line = ReadContext.line(p.currentTokenLocation());
        // the array's further elements follow: not trailing tokens of this value
        out.add(new Located(line, mapper.readerFor(JsonNode.class)
            .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p)));
      }
      if (p.nextToken() != null) {
        throw new JsonSyntaxException(source, ReadContext.line(p.currentTokenLocation()),
            ReadContext.column(p.currentTokenLocation()), "", "the end of the input after the array", "more JSON", null);
      }
      return out;
    } catch (JacksonException e) {
      throw JsonEngine.translate(e, p, source, "", null);
    }
  }
}
