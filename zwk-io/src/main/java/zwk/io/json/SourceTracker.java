// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Remembers whether the caller's stream itself failed, so that a real I/O failure becomes an
 * {@link java.io.UncheckedIOException} while Jackson's own {@link IOException}s about undecodable
 * bytes (e.g. "Unsupported UCS-4 endianness") become a located {@link JsonSyntaxException}.
 *
 * <p>Also makes every source kind read the same text: bytes pass {@link Utf8CheckingInputStream}
 * (strict UTF-8, UTF-16/32 refused by name), and a byte order mark at the start is skipped whether
 * it arrives as bytes ({@code EF BB BF}, skipped by the parser) or as the character U+FEFF of a
 * {@code String} or {@code Reader}.
 */
final class SourceTracker {
  private IOException failure;

  IOException failure() {
    return failure;
  }

  /** The caller's bytes, checked as strict UTF-8; failures of the caller's stream are recorded. */
  InputStream track(InputStream in) {
    return new Utf8CheckingInputStream(record(in));
  }

  /** Bytes held in memory, through the same checks as a stream. */
  InputStream track(byte[] bytes) {
    return new Utf8CheckingInputStream(new java.io.ByteArrayInputStream(bytes));
  }

  /** {@code json} without a leading byte order mark (U+FEFF). */
  static String withoutBom(String json) {
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  /** One read of a wrapped stream or reader. */
  private interface Read {
    int read() throws IOException;
  }

  /** The read's result; its failure is recorded before it is rethrown. */
  private int recorded(Read read) throws IOException {
    try {
      return read.read();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  private InputStream record(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        return recorded(super::read);
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return recorded(() -> super.read(b, off, len));
      }

      @Override
      public void close() {
        // The caller owns the stream.
      }
    };
  }

  /** The caller's characters without a leading byte order mark; failures of the reader are recorded. */
  Reader track(Reader in) {
    java.io.PushbackReader r = new java.io.PushbackReader(record(in), 1);
    return new FilterReader(r) {
      private boolean first = true;

      @Override
      public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
      }

      @Override
      public int read(char[] b, int off, int len) throws IOException {
        if (first) {
          first = false;
          int c = r.read();
          if (c >= 0 && c != '\uFEFF') {
            r.unread(c);
          }
        }
        return r.read(b, off, len);
      }

      @Override
      public void close() {
        // The caller owns the reader.
      }
    };
  }

  private Reader record(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        return recorded(super::read);
      }

      @Override
      public int read(char[] b, int off, int len) throws IOException {
        return recorded(() -> super.read(b, off, len));
      }

      @Override
      public void close() {
        // The caller owns the reader.
      }
    };
  }
}
