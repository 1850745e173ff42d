// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The one CSV tokenizer entry of zwk-io (FastCSV underneath, chosen by measurement, see
 * {@code docs/performance.md}): streams {@link CsvRow}s from bytes or text and turns every engine
 * failure into a located {@link CsvFormatException}.
 *
 * <p>Streaming with bounded memory: a field longer than {@link CsvReadOptions#maxFieldChars()} stops
 * reading with {@link CsvFormatException.Kind#FIELD_TOO_LARGE}. Rows may have different numbers of
 * fields here; table readers check that against their header.
 */
public final class CsvRows implements Iterable<CsvRow>, Closeable {
  private static final int SAMPLE = 64 * 1024;

  private final String source;
  private final LocatingReader locator;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> it;
  private final Charset charset;
  private final char separator;
  private final int maxFieldChars;

  private CsvRows(String source, Reader text, Charset charset, char separator, int maxFieldChars) {
    this.source = source;
    this.charset = charset;
    this.separator = separator;
    this.maxFieldChars = maxFieldChars;
    this.locator = new LocatingReader(text, separator);
    this.reader = CsvReader.builder()
        .fieldSeparator(separator)
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowUnclosedQuote(false)
        .allowExtraCharsAfterClosingQuote(false)
        .detectBomHeader(false)
        .maxBufferSize(maxFieldChars)
        .ofCsvRecord(locator);
    this.it = reader.iterator();
  }

  /**
   * Opens a byte stream: detects the encoding (UTF-8 with/without BOM or Windows-1252) from the first
   * 64 KiB unless fixed, and the separator ({@code ;} or {@code ,}) from the first line unless fixed.
   * Decoding is strict: invalid UTF-8 later in the file is an error, never replaced.
   */
  public static CsvRows open(InputStream in, String source, CsvReadOptions options) {
    return open(in, source, options, false);
  }

  /**
   * As {@link #open(InputStream, String, CsvReadOptions)}; with {@code replaceUnmappable} the five
   * bytes Windows-1252 leaves undefined ({@code 0x81 0x8D 0x8F 0x90 0x9D}) become U+FFFD instead of
   * an error, for readers that report U+FFFD as a warning (the GENESIS reader). Invalid UTF-8 stays
   * an error either way.
   */
  public static CsvRows open(InputStream in, String source, CsvReadOptions options, boolean replaceUnmappable) {
    try {
      BufferedInputStream bin = new BufferedInputStream(in, SAMPLE);
      bin.mark(SAMPLE);
      byte[] sample = bin.readNBytes(SAMPLE);
      bin.reset();
      TextEncoding.Detected det = TextEncoding.detect(sample, sample.length);
      Charset cs = options.charset().orElse(det.charset());
      if (det.bomLength() > 0 && cs.equals(StandardCharsets.UTF_8)) {
        bin.skipNBytes(det.bomLength());
      }
      char sep = options.separator().orElseGet(() -> detectSeparator(
          new String(sample, det.bomLength(), sample.length - det.bomLength(), cs)));
      return new CsvRows(source, new StrictDecodingReader(bin, cs,
          replaceUnmappable && cs.equals(TextEncoding.WINDOWS_1252)), cs, sep, options.maxFieldChars());
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, source, 0, 0, "expected a readable stream, got " + e, e);
    }
  }

  /** Tokenises text that is already decoded (separator detected unless fixed in the options). */
  public static CsvRows ofText(String text, String source, CsvReadOptions options) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char sep = options.separator().orElseGet(() -> detectSeparator(t));
    return new CsvRows(source, new StringReader(t), StandardCharsets.UTF_16, sep, options.maxFieldChars());
  }

  /**
   * The separator of a CSV text from its first line: {@code ;} when it has at least as many
   * semicolons as commas outside quotes (German files), else {@code ,}.
   */
  static char detectSeparator(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return commas > semicolons ? ',' : ';';
  }

  /** The decoding charset (UTF-16 for text given as a string). */
  public Charset charset() {
    return charset;
  }

  /** The field separator in use. */
  public char separator() {
    return separator;
  }

  /** Source name for messages. */
  public String source() {
    return source;
  }

  /** The next row, or {@code null} at the end (a reader loop, as {@code BufferedReader.readLine}; {@link #iterator()} for the rest). */
  public @Nullable CsvRow next() {
    try {
      if (!it.hasNext()) {
        return null;
      }
      CsvRecord r = it.next();
      return new CsvRow(r.getStartingLineNumber(), r.getFields());
    } catch (CsvParseException e) {
      throw translate(e);
    } catch (UncheckedIOException e) {
      throw translateIo(e.getCause());
    } catch (NoSuchElementException e) {
      return null;
    }
  }

  private CsvFormatException translate(CsvParseException e) {
    String msg = String.valueOf(e.getMessage());
    if (locator.inQuote() && locator.atEof()) {
      return new CsvFormatException(CsvFormatException.Kind.UNCLOSED_QUOTE, source, locator.quoteLine(),
          locator.quoteField(), "expected a closing quote for the field opened here (character "
              + locator.quoteChar() + "), got the end of the input", e);
    }
    if (msg.contains("maximum buffer size")) {
      return new CsvFormatException(CsvFormatException.Kind.FIELD_TOO_LARGE, source,
          locator.inQuote() ? locator.quoteLine() : locator.line(),
          locator.inQuote() ? locator.quoteField() : locator.field(),
          "expected a field of at most " + maxFieldChars + " characters, got a longer one", e);
    }
    if (msg.contains("closing quote")) {
      // The engine names the line where the record starts; the reader ahead of it knows the field.
      long start = recordStart(msg);
      int[] at = start > 0 ? locator.quoteTrouble(start) : null;
      if (at != null) {
        return new CsvFormatException(CsvFormatException.Kind.UNCLOSED_QUOTE, source, start, at[0],
            "expected a quoted field that closes on its line or is followed by a separator; the quote of this field"
                + " (character " + at[1] + ") runs on until a later quote, got: " + CsvFormatException.clip(msg), e);
      }
      return new CsvFormatException(CsvFormatException.Kind.UNCLOSED_QUOTE, source, start > 0 ? start : locator.line(),
          Math.max(1, locator.field()),
          "expected a separator or line end after a closing quote, got: " + CsvFormatException.clip(msg), e);
    }
    return new CsvFormatException(CsvFormatException.Kind.BAD_STRUCTURE, source, locator.line(), locator.field(),
        "expected well-formed CSV, got: " + CsvFormatException.clip(msg), e);
  }

  /** The line of "(record starting at line N)" in a FastCSV message, else 0. */
  private static long recordStart(String msg) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("record starting at line (\\d{1,18})").matcher(msg);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private CsvFormatException translateIo(IOException e) {
    if (e instanceof CharacterCodingException) {
      return new CsvFormatException(CsvFormatException.Kind.INVALID_ENCODING, source, locator.line(),
          locator.column(), "expected valid " + charset.name() + ", got an invalid byte sequence", e);
    }
    return new CsvFormatException(CsvFormatException.Kind.IO, source, locator.line(), 0,
        "expected a readable stream, got " + CsvFormatException.clip(String.valueOf(e)), e);
  }

  /** Iterates the remaining rows; each call of {@code next()} may throw {@link CsvFormatException}. */
  @Override
  public Iterator<CsvRow> iterator() {
    return new Iterator<>() {
      private @Nullable CsvRow pending;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (pending == null && !done) {
          pending = CsvRows.this.next();
          done = pending == null;
        }
        return pending != null;
      }

      @Override
      public CsvRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvRow r = pending;
        pending = null;
        return r;
      }
    };
  }

  /** Closes the underlying stream. */
  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, source, locator.line(), 0, "expected to close, got " + e, e);
    }
  }
}
