// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
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
   * Writes parts {@code 0 … parts - 1} to {@code out}, the stream {@code sequential} writes to;
   * with {@code threads == 1} on the calling thread through {@code sequential}, the writer of the
   * table (whose header is written).
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
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "zwk-format");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<ByteArrayOutputStream>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < parts && inFlight.size() < 2 * threads) {
        inFlight.add(submit(pool, new ByteArrayOutputStream(1 << 16), profile, part, next++));
      }
      while (!inFlight.isEmpty()) {
        ByteArrayOutputStream b = take(inFlight.poll());
        try {
          b.writeTo(out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (next < parts) {
          b.reset(); // the written buffer takes the next part
          inFlight.add(submit(pool, b, profile, part, next++));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Future<ByteArrayOutputStream> submit(ExecutorService pool, ByteArrayOutputStream b,
      CsvExportProfile profile, Part part, int p) {
    return pool.submit(() -> {
      try (CsvByteWriter w = CsvByteWriter.afterHeader(b, profile)) {
        part.write(p, w);
      }
      return b;
    });
  }

  private static ByteArrayOutputStream take(Future<ByteArrayOutputStream> f) {
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
}
