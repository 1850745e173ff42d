// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads a JSON array of documents (e.g. 10,000 strategies) one element at a time; only the current
 * element is in memory. Every element is a complete document with {@code "format"} and
 * {@code "version"}, exactly as {@link ZwkJson#writeArray} writes it. Errors point into the array
 * ({@code /3/plan/measures/0/id}). {@link JsonLimits#maxDocumentLength()} applies to each element.
 *
 * <p>Not thread-safe. Close it (try-with-resources) when done.
 *
 * @param <T> the document type
 */
public final class DocumentStream<T> implements Iterator<T>, AutoCloseable {
  private final JsonParser parser;
  private final ReadContext context;
  private final ObjectMapper mapper;
  private final DocumentFormat<T> format;
  private final java.io.Closeable owned;
  private final SourceTracker tracker;
  private boolean started;
  private boolean done;
  private T next;

  DocumentStream(JsonParser parser, ReadContext context, ObjectMapper mapper, DocumentFormat<T> format,
      java.io.Closeable owned, SourceTracker tracker) {
    this.tracker = tracker;
    this.parser = parser;
    this.context = context;
    this.mapper = mapper;
    this.format = format;
    this.owned = owned;
  }

  /**
   * Whether another element follows.
   *
   * @throws ZwkFormatException when the next element (or the array) is malformed or invalid
   */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      advance();
    } catch (JacksonException e) {
      done = true;
      throw JsonEngine.translate(e, parser, context.sourceName, "", tracker);
    } catch (RuntimeException e) {
      done = true;
      throw e;
    }
    return next != null;
  }

  private void advance() {
    if (!started) {
      started = true;
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new JsonSyntaxException(context.sourceName, ReadContext.line(parser.currentTokenLocation()),
            ReadContext.column(parser.currentTokenLocation()), "", "a JSON array of " + format.name() + " documents",
            context.echo(), null);
      }
    }
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY) {
      done = true;
      if (parser.nextToken() != null) {
        throw new JsonSyntaxException(context.sourceName, ReadContext.line(context.location()),
            ReadContext.column(context.location()), "", "end of input after the array", context.echo(), null);
      }
      return;
    }
    TokenStreamLocation start = parser.currentTokenLocation();
    String pointer = context.pointer();
    T value = Documents.read(context, mapper, format);
    long size = offset(parser.currentLocation()) - offset(start);
    long max = context.options.limits().maxDocumentLength();
    if (size > max) {
      throw new JsonLimitException(JsonLimitException.Limit.DOCUMENT_LENGTH, context.sourceName,
          ReadContext.line(start), ReadContext.column(start), pointer,
          "an element no longer than JsonLimits.maxDocumentLength (" + max + ")", size + " bytes or characters", null);
    }
    next = value;
  }

  private static long offset(TokenStreamLocation l) {
    return l.getByteOffset() >= 0 ? l.getByteOffset() : l.getCharOffset();
  }

  /** The next document. */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more documents in " + context.sourceName);
    }
    T v = next;
    next = null;
    return v;
  }

  /** Warnings collected so far (lenient mode), in document order. */
  public List<JsonWarning> warnings() {
    return List.copyOf(context.warnings);
  }

  /** The remaining documents as a sequential {@link Stream}; closing it closes this. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /** Closes the parser (and the file, when opened from a path). */
  @Override
  public void close() {
    done = true;
    parser.close();
    if (owned != null) {
      try {
        owned.close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(context.sourceName + ": " + e.getMessage(), e);
      }
    }
  }
}
