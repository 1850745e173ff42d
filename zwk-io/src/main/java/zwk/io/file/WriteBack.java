// SPDX-License-Identifier: Apache-2.0
package zwk.io.file;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;

/**
 * Forces the bytes of a file being written to the device in the background, at most one force at a
 * time, so that the final force of {@link AtomicFileOutput#commit()} is short. A failed background
 * force is reported by {@link #finish()}: the commit then fails and the target stays unchanged.
 * Not thread-safe: one writer thread calls {@link #written(int)}, {@link #finish()} and {@link #abandon()}.
 */
final class WriteBack {
  private final FileChannel channel;
  private final long every;
  private long sinceLast;
  private int started;
  private Thread running;
  private volatile IOException failure;

  WriteBack(FileChannel channel, long every) {
    this.channel = channel;
    this.every = every;
  }

  /** Counts bytes handed to the channel; starts a background force after every {@code every} bytes. */
  void written(int len) {
    sinceLast += len;
    if (sinceLast < every || (running != null && running.isAlive())) {
      return;
    }
    sinceLast = 0;
    started++;
    Thread t = new Thread(this::force, "zwk-write-back");
    t.setDaemon(true);
    running = t;
    t.start();
  }

  private void force() {
    try {
      channel.force(false);
    } catch (IOException e) {
      failure = e;
    }
  }

  /** Waits for a running force; throws its failure, if any. */
  void finish() throws IOException {
    join();
    IOException e = failure;
    if (e != null) {
      throw e;
    }
  }

  /** Waits for a running force before the channel is closed without a commit; its result no longer matters. */
  void abandon() throws IOException {
    join();
  }

  int started() {
    return started;
  }

  private void join() throws IOException {
    Thread t = running;
    if (t == null) {
      return;
    }
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while forcing the output to the device");
    } finally {
      running = null;
    }
  }
}
