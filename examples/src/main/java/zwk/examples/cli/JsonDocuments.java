package zwk.examples.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Which zwk document a JSON file holds, from its top-level {@code "format"} property. */
final class JsonDocuments {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonDocuments() {}

  /**
   * The value of the top-level {@code "format"} property; {@code ""} when the file has none or is
   * not a JSON object (the zwk-io reader then reports the located error when the document is read).
   */
  static String formatOf(Path file) throws java.io.IOException {
    try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("format") && v == JsonToken.VALUE_STRING) {
          return p.getString();
        }
        p.skipChildren();
      }
      return "";
    } catch (JacksonException e) {
      return "";
    }
  }
}
