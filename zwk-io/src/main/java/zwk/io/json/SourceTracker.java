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
 */
final class SourceTracker {
  private IOException failure;

  IOException failure() {
    return failure;
  }

  InputStream track(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          failure = e;
          throw e;
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          failure = e;
          throw e;
        }
      }

      @Override
      public void close() {
        // The caller owns the stream.
      }
    };
  }

  Reader track(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          failure = e;
          throw e;
        }
      }

      @Override
      public int read(char[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          failure = e;
          throw e;
        }
      }

      @Override
      public void close() {
        // The caller owns the reader.
      }
    };
  }
}
