// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads zwk documents with fixed {@link ReadOptions}. Immutable and thread-safe; get one from
 * {@link ZwkJson#reader(ReadOptions)}.
 *
 * <p>Every failure is a {@link ZwkFormatException} (or a subtype) with source, line, column and
 * JSON pointer; an I/O failure is an {@link UncheckedIOException}. In lenient mode use the
 * {@code readWithWarnings} methods, so that skipped content is never lost silently; {@code read}
 * then throws {@link IllegalStateException}.
 */
public final class DocumentReader {
  private final ReadOptions options;
  private final Map<Class<?>, DocumentFormat<?>> formats;

  DocumentReader(ReadOptions options, Map<Class<?>, DocumentFormat<?>> formats) {
    this.options = Objects.requireNonNull(options, "options");
    this.formats = Map.copyOf(formats);
  }

  static DocumentReader of(ReadOptions options) {
    Map<Class<?>, DocumentFormat<?>> m = new HashMap<>();
    for (DocumentFormat<?> f : DocumentFormats.all()) {
      m.put(f.type(), f);
    }
    return new DocumentReader(options, m);
  }

  /** The options. */
  public ReadOptions options() {
    return options;
  }

  /**
   * A reader that uses {@code format} for its model type instead of the built-in one, e.g. a
   * {@link DocumentFormat#nextVersion newer version} with a migration.
   */
  public DocumentReader withFormat(DocumentFormat<?> format) {
    Map<Class<?>, DocumentFormat<?>> m = new HashMap<>(formats);
    m.put(format.type(), format);
    return new DocumentReader(options, m);
  }

  /**
   * {@link ZwkJson#detectFormat(Path)} under this reader's {@link JsonLimits}.
   *
   * @param path a JSON file (UTF-8)
   * @return the built-in format named by the top-level {@code "format"}, or empty
   */
  public Optional<DocumentFormat<?>> detectFormat(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return FormatDetector.detect(options.limits(), path.toString(), (m, t) -> m.createParser(t.track(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@link ZwkJson#detectFormat(InputStream)} under this reader's {@link JsonLimits}; the stream is
   * not closed.
   *
   * @param in the document (UTF-8)
   * @return the built-in format named by the top-level {@code "format"}, or empty
   */
  public Optional<DocumentFormat<?>> detectFormat(InputStream in) {
    Objects.requireNonNull(in, "in");
    return FormatDetector.detect(options.limits(), "<stream>", (m, t) -> m.createParser(t.track(in)));
  }

  /**
   * {@link ZwkJson#detectFormat(String)} under this reader's {@link JsonLimits}.
   *
   * @param json the document
   * @return the built-in format named by the top-level {@code "format"}, or empty
   */
  public Optional<DocumentFormat<?>> detectFormat(String json) {
    Objects.requireNonNull(json, "json");
    return FormatDetector.detect(options.limits(), "<string>",
        (m, t) -> m.createParser(SourceTracker.withoutBom(json)));
  }

  /** Reads a document from a file (UTF-8). */
  public <T> T read(Path path, Class<T> type) {
    return strictValue(readWithWarnings(path, type));
  }

  /** Reads a document from a byte stream (UTF-8); the stream is not closed. */
  public <T> T read(InputStream in, Class<T> type) {
    return strictValue(readWithWarnings(in, type));
  }

  /** Reads a document from a character stream; the reader is not closed. */
  public <T> T read(Reader in, Class<T> type) {
    return strictValue(readWithWarnings(in, type));
  }

  /** Reads a document from a string. */
  public <T> T read(String json, Class<T> type) {
    return strictValue(readWithWarnings(json, type));
  }

  /** Reads a document from UTF-8 bytes. */
  public <T> T read(byte[] json, Class<T> type) {
    return strictValue(readWithWarnings(json, type));
  }

  /** Reads a document from a file (UTF-8), with the warnings of lenient mode. */
  public <T> ReadResult<T> readWithWarnings(Path path, Class<T> type) {
    // a file can be read again, as bytes in memory can: see rereadable
    try {
      return readFile(path, type, false);
    } catch (Relocate again) {
      return readFile(path, type, true);
    }
  }

  private <T> ReadResult<T> readFile(Path path, Class<T> type, boolean recording) {
    try (InputStream in = Files.newInputStream(path)) {
      return run(path.toString(), (m, t) -> m.createParser(t.track(in)), type, recording);
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /** Reads a document from a byte stream (UTF-8), with the warnings of lenient mode. */
  public <T> ReadResult<T> readWithWarnings(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    return run("<stream>", (m, t) -> m.createParser(t.track(in)), type);
  }

  /** Reads a document from a character stream, with the warnings of lenient mode. */
  public <T> ReadResult<T> readWithWarnings(Reader in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    return run("<reader>", (m, t) -> m.createParser(t.track(in)), type);
  }

  /** Reads a document from a string, with the warnings of lenient mode. */
  public <T> ReadResult<T> readWithWarnings(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return rereadable("<string>", (m, t) -> m.createParser(SourceTracker.withoutBom(json)), type);
  }

  /** Reads a document from UTF-8 bytes, with the warnings of lenient mode. */
  public <T> ReadResult<T> readWithWarnings(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    // Bytes that pass the UTF-8 check as a whole (nearly all) go to Jackson's byte-array parser
    // directly; the others, and any longer than the document limit, go through the checking stream,
    // which locates the first bad byte and counts the length.
    boolean direct = json.length <= options.limits().maxDocumentLength() && Utf8CheckingInputStream.passes(json);
    return rereadable("<bytes>", (m, t) -> direct ? m.createParser(json) : m.createParser(t.track(json)), type);
  }

  /**
   * Streams a JSON array of documents from a byte stream (UTF-8) one element at a time, without
   * holding the array in memory. The caller closes the returned stream (not {@code in}).
   */
  public <T> DocumentStream<T> stream(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    return open("<stream>", (m, t) -> m.createParser(t.track(in)), type, null);
  }

  /** Streams a JSON array of documents from a character stream; see {@link #stream(InputStream, Class)}. */
  public <T> DocumentStream<T> stream(Reader in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    return open("<reader>", (m, t) -> m.createParser(t.track(in)), type, null);
  }

  /** Streams a JSON array of documents from a file; closing the stream closes the file. */
  public <T> DocumentStream<T> stream(Path path, Class<T> type) {
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
    try {
      return open(path.toString(), (m, t) -> m.createParser(t.track(in)), type, in);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private <T> DocumentStream<T> open(String source, BiFunction<ObjectMapper, SourceTracker, JsonParser> create,
      Class<T> type, java.io.Closeable owned) {
    DocumentFormat<T> f = format(type);
    JsonMapper mapper = JsonEngine.streamMapper(options.limits());
    SourceTracker tracker = new SourceTracker();
    JsonParser p;
    try {
      p = create.apply(mapper, tracker);
    } catch (JacksonException e) {
      throw JsonEngine.translate(e, null, source, "", tracker);
    }
    return new DocumentStream<>(p, ReadContext.checkingNumbers(p, source, options), mapper, f, owned, tracker);
  }

  private <T> T strictValue(ReadResult<T> r) {
    if (options.unknownProperties() == ReadOptions.UnknownProperties.WARN) {
      throw new IllegalStateException("read: expected strict options; in lenient mode use readWithWarnings so that"
          + " warnings are not lost");
    }
    return r.value();
  }

  @SuppressWarnings("unchecked")
  private <T> DocumentFormat<T> format(Class<T> type) {
    DocumentFormat<?> f = formats.get(Objects.requireNonNull(type, "type"));
    if (f == null) {
      throw new IllegalArgumentException("type: expected a document type (" + formats.keySet().stream()
          .map(Class::getSimpleName).sorted().reduce((a, b) -> a + ", " + b).orElse("") + "), got " + type.getName());
    }
    return (DocumentFormat<T>) f;
  }

  /**
   * {@link #run} for a source held in memory (or a file, {@link #readFile}), which {@code create} can
   * parse twice: the first read
   * records no locations for errors found after their token (see {@link ReadContext#mark()}); in the
   * rare case of such an error ({@link Relocate}) the second read records them and throws the same
   * error, located.
   */
  private <T> ReadResult<T> rereadable(String source, BiFunction<ObjectMapper, SourceTracker, JsonParser> create,
      Class<T> type) {
    try {
      return run(source, create, type, false);
    } catch (Relocate again) {
      return run(source, create, type, true);
    }
  }

  private <T> ReadResult<T> run(String source, BiFunction<ObjectMapper, SourceTracker, JsonParser> create,
      Class<T> type) {
    return run(source, create, type, true);
  }

  private <T> ReadResult<T> run(String source, BiFunction<ObjectMapper, SourceTracker, JsonParser> create,
      Class<T> type, boolean recording) {
    DocumentFormat<T> f = format(type);
    JsonMapper mapper = JsonEngine.bindingMapper(options.limits());
    SourceTracker tracker = new SourceTracker();
    JsonParser p = null;
    try {
      p = create.apply(mapper, tracker);
      ReadContext c = ReadContext.checkingNumbers(p, source, options, recording);
      if (p.nextToken() == null) {
        throw new JsonSyntaxException(source, 1, 1, "", "a JSON object (a " + f.name() + " document)",
            "empty input", null);
      }
      T value = Documents.read(c, mapper, f);
      if (p.nextToken() != null) {
        throw new JsonSyntaxException(source, ReadContext.line(c.location()), ReadContext.column(c.location()), "",
            "end of input after the document", c.echo(), null);
      }
      return new ReadResult<>(value, c.warnings);
    } catch (JacksonException e) {
      throw JsonEngine.translate(e, p, source, "", tracker);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }
}
