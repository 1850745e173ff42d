// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds the top-level {@code "format"} property of a document without binding it, so that a caller
 * can choose the model type before reading. Only the top level is scanned; nested values are
 * skipped (still under the given {@link JsonLimits}) and the scan stops at the first
 * {@code "format"}.
 */
final class FormatDetector {
  private FormatDetector() {}

  static Optional<DocumentFormat<?>> detect(JsonLimits limits, String source,
      BiFunction<ObjectMapper, SourceTracker, JsonParser> create) {
    SourceTracker tracker = new SourceTracker();
    JsonParser p = null;
    try {
      p = create.apply(JsonEngine.documentMapper(limits), tracker);
      ReadContext c = new ReadContext(p, source, ReadOptions.strict(), "", true);
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new JsonSyntaxException(source, first == null ? 1 : ReadContext.line(c.location()),
            first == null ? 1 : ReadContext.column(c.location()), "", "a JSON object (a zwk document)",
            first == null ? "empty input" : c.echo(), null);
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals(Documents.FORMAT)) {
          // A non-string or unknown name is left to the reader, which reports it with its location.
          return value == JsonToken.VALUE_STRING ? DocumentFormats.forName(p.getString()) : Optional.empty();
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (JacksonException e) {
      throw JsonEngine.translate(e, p, source, "", tracker);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }
}
