// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import zwk.io.csv.CsvByteWriter;
import zwk.io.csv.CsvExportProfile;

/**
 * Writes the lines of a long CSV table that fall into numbered parts (for example groups of
 * regions): up to {@code threads} parts are formatted at once, each into a buffer of its own by a
 * {@link CsvByteWriter#afterHeader} writer, and the buffers are written to the output in the parts'
 * order by the calling thread. The bytes are those of one writer formatting part after part,
 * whatever the number of threads; the output's system calls and the formatting run side by side.
 * At most {@code 2 × threads} buffers are held.
 */
final class OrderedParts {
  /** Formats part {@code part} with {@code w}; called on worker threads, so it must only read shared state. */
  @FunctionalInterface
  interface Part {
    void write(int part, CsvByteWriter w);
  }

  private OrderedParts() {
  }

  /**
   * Writes parts {@code 0 … parts - 1} to {@code out}; with {@code threads == 1} on the calling
   * thread through {@code sequential}, the writer of the table (whose header is written).
   *
   * @throws IllegalArgumentException when {@code threads < 1}
   */
  static void write(int parts, int threads, CsvByteWriter sequential, OutputStream out, Part part) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    if (threads == 1 || parts <= 1) {
      for (int p = 0; p < parts; p++) {
        part.write(p, sequential);
      }
      return;
    }
    sequential.close(); // the header and anything before the parts go out first
    CsvExportProfile profile = sequential.profile();
    int window = 2 * threads;
    BlockingQueue<Buffer> free = new ArrayBlockingQueue<>(window);
    for (int i = 0; i < window; i++) {
      free.add(new Buffer());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "zwk-format");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<Buffer>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < parts && inFlight.size() < window) {
        inFlight.add(submit(pool, free, profile, part, next++));
      }
      while (!inFlight.isEmpty()) {
        Buffer b = take(inFlight.poll());
        try {
          out.write(b.bytes, 0, b.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        b.length = 0;
        free.add(b);
        if (next < parts) {
          inFlight.add(submit(pool, free, profile, part, next++));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Future<Buffer> submit(ExecutorService pool, BlockingQueue<Buffer> free, CsvExportProfile profile,
      Part part, int p) {
    Buffer b = free.remove(); // one is free for each part in flight
    return pool.submit(() -> {
      try (CsvByteWriter w = CsvByteWriter.afterHeader(b, profile)) {
        part.write(p, w);
      }
      return b;
    });
  }

  private static Buffer take(Future<Buffer> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while formatting the output", e);
    }
  }

  /** A growing byte buffer that one part is formatted into; reused part after part. */
  private static final class Buffer extends OutputStream {
    private byte[] bytes = new byte[1 << 16];
    private int length;

    @Override
    public void write(int b) {
      grow(1);
      bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      grow(len);
      System.arraycopy(b, off, bytes, length, len);
      length += len;
    }

    private void grow(int n) {
      if (bytes.length - length < n) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * bytes.length, (long) length + n)));
      }
    }
  }
}
