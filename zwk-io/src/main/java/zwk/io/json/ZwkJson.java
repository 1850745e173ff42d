// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * The front door to zwk's JSON documents: read, write and stream {@code MunicipalStrategy},
 * {@code Toolbox}, {@code MunicipalProfile}, {@code ActionFieldCatalogue}, {@code ValidationReport}
 * and {@code RuleSetConfig} documents ({@link DocumentFormats}) with a private, preconfigured
 * Jackson 3 mapper.
 *
 * <pre>{@code
 * MunicipalStrategy s = ZwkJson.read(Path.of("barleben.json"), MunicipalStrategy.class);
 * String json = ZwkJson.writeString(s);
 * }</pre>
 *
 * <p>Reading is strict ({@link ReadOptions#strict()}, default {@link JsonLimits}); use
 * {@link #reader(ReadOptions)} for lenient mode or other limits. Writing is canonical: header
 * first, properties in model order, two-space indent, {@code "\n"} line ends, a final newline, ISO
 * dates, decimals with their scale, absent optionals and empty lists left out, so that
 * write → read → write is byte-identical.
 */
public final class ZwkJson {
  /** The canonical writer, built once (an ObjectWriter is immutable and thread-safe). */
  private static final ObjectWriter WRITER = JsonEngine.writer();

  private ZwkJson() {}

  private static final DocumentReader STRICT = DocumentReader.of(ReadOptions.strict());

  /** A reader with the given options. */
  public static DocumentReader reader(ReadOptions options) {
    return DocumentReader.of(options);
  }

  /** Reads a document from a file, strictly. */
  public static <T> T read(Path path, Class<T> type) {
    return STRICT.read(path, type);
  }

  /** Reads a document from a UTF-8 byte stream, strictly; the stream is not closed. */
  public static <T> T read(InputStream in, Class<T> type) {
    return STRICT.read(in, type);
  }

  /** Reads a document from a character stream, strictly; the reader is not closed. */
  public static <T> T read(Reader in, Class<T> type) {
    return STRICT.read(in, type);
  }

  /** Reads a document from a string, strictly. */
  public static <T> T read(String json, Class<T> type) {
    return STRICT.read(json, type);
  }

  /** Reads a document from UTF-8 bytes, strictly. */
  public static <T> T read(byte[] json, Class<T> type) {
    return STRICT.read(json, type);
  }

  /** Streams a JSON array of documents, strictly; see {@link DocumentReader#stream(InputStream, Class)}. */
  public static <T> DocumentStream<T> stream(InputStream in, Class<T> type) {
    return STRICT.stream(in, type);
  }

  /** Streams a JSON array of documents from a file, strictly. */
  public static <T> DocumentStream<T> stream(Path path, Class<T> type) {
    return STRICT.stream(path, type);
  }

  /**
   * The built-in format named by a document's top-level {@code "format"} property, to choose the
   * model type before reading. Only the top level is scanned, under the default {@link JsonLimits}
   * ({@link DocumentReader#detectFormat(Path)} uses a reader's limits); the rest of the document is
   * not checked until it is read. Empty when the object has no {@code "format"}, when it is not a
   * string, or when it names no built-in format (reading the document then reports that with its
   * location).
   *
   * @param path a JSON file (UTF-8)
   * @return the format, or empty
   * @throws ZwkFormatException when the input is not well-formed JSON, exceeds a limit or is not an
   *     object; located like every read error
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Optional<DocumentFormat<?>> detectFormat(Path path) {
    return STRICT.detectFormat(path);
  }

  /**
   * {@link #detectFormat(Path)} for a UTF-8 byte stream; the stream is not closed and is left
   * part-way through the document.
   *
   * @param in the document
   * @return the format, or empty
   */
  public static Optional<DocumentFormat<?>> detectFormat(InputStream in) {
    return STRICT.detectFormat(in);
  }

  /**
   * {@link #detectFormat(Path)} for a string.
   *
   * @param json the document
   * @return the format, or empty
   */
  public static Optional<DocumentFormat<?>> detectFormat(String json) {
    return STRICT.detectFormat(json);
  }

  /** The canonical JSON of a document. */
  public static String writeString(Object document) {
    StringWriter w = new StringWriter();
    write(document, w);
    return w.toString();
  }

  /** The canonical JSON of a document as UTF-8 bytes. */
  public static byte[] writeBytes(Object document) {
    // One buffer per thread, kept between calls unless a document made it large, so that a typical
    // document is written without growing (copying) and zeroing a new buffer every time.
    ByteArrayOutputStream out = BUFFER.get();
    out.reset();
    try {
      write(document, out);
      return out.toByteArray();
    } finally {
      if (out.size() > KEPT_BUFFER) {
        BUFFER.remove();
      }
    }
  }

  /** Buffers above this size are not kept for the next {@link #writeBytes} of the thread. */
  private static final int KEPT_BUFFER = 256 * 1024;

  private static final ThreadLocal<ByteArrayOutputStream> BUFFER =
      ThreadLocal.withInitial(() -> new ByteArrayOutputStream(16 * 1024));

  /**
   * Writes a document to a file (UTF-8), replacing it atomically: the JSON goes to a temporary file
   * beside it that replaces the file only when the whole document was written, so a failure leaves
   * the old file unchanged and no partial file (see {@link zwk.io.file.AtomicFileOutput}).
   */
  public static void write(Object document, Path path) {
    try {
      zwk.io.file.SafeFiles.write(path, out -> write(document, out));
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /** Writes a document as UTF-8; the stream is flushed, not closed. */
  public static void write(Object document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    DocumentFormat<?> f = formatOf(document);
    try (JsonGenerator g = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
      writeDocument(g, f, document);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw translateWrite(e);
    }
  }

  /** Writes a document to a character stream; the writer is flushed, not closed. */
  public static void write(Object document, Writer out) {
    Objects.requireNonNull(out, "out");
    DocumentFormat<?> f = formatOf(document);
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      writeDocument(g, f, document);
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw translateWrite(e);
    }
  }

  /**
   * Writes documents as one JSON array, one element at a time (the counterpart of
   * {@link #stream(InputStream, Class)}); the stream is flushed, not closed.
   */
  public static void writeArray(Iterable<?> documents, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartArray();
      for (Object d : documents) {
        writeDocument(g, formatOf(d), d);
      }
      g.writeEndArray();
      g.writeRaw('\n');
    } catch (JacksonException e) {
      throw translateWrite(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeDocument(JsonGenerator g, DocumentFormat<T> f, Object document) {
    Documents.write(g, f, (T) document);
  }

  private static DocumentFormat<?> formatOf(Object document) {
    Objects.requireNonNull(document, "document");
    for (DocumentFormat<?> f : DocumentFormats.all()) {
      if (f.type().isInstance(document)) {
        return f;
      }
    }
    throw new IllegalArgumentException("document: expected a document type (MunicipalStrategy, Toolbox, "
        + "MunicipalProfile, ActionFieldCatalogue, ValidationReport, RuleSetConfig), got "
        + document.getClass().getName());
  }

  private static RuntimeException translateWrite(JacksonException e) {
    if (e.getCause() instanceof IOException) {
      return new UncheckedIOException(e.getOriginalMessage(), (IOException) e.getCause());
    }
    return e;
  }
}
