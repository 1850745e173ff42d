package zwk.io.json;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Remembers whether the caller's stream itself failed, so that a real I/O failure becomes an
 * {@link java.io.UncheckedIOException} while Jackson's own {@link IOException}s about undecodable
 * bytes (e.g. "Unsupported UCS-4 endianness") become a located {@link JsonSyntaxException}.
 */
final class SourceTracker {
  private @Nullable IOException failure;

  @Nullable IOException failure() {
    return failure;
  }

  /** One read of the caller's stream. */
  private interface Read {
    int call() throws IOException;
  }

  /** Runs a read of the caller's stream and remembers its failure (both wrappers share this). */
  private int recorded(Read read) throws IOException {
    try {
      return read.call();
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  InputStream track(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        return recorded(() -> super.read());
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

  Reader track(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        return recorded(() -> super.read());
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
