// SPDX-License-Identifier: Apache-2.0
package zwk.io.file;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;

/**
 * An output file written all or nothing: bytes go to a temporary file in the target's directory
 * ({@code .NAME.RANDOM.tmp}); {@link #commit()} moves it into place atomically (where the file
 * system can; else by a plain replace); {@link #close()} without commit deletes it, leaving the old
 * file as it was. Use with try-with-resources:
 *
 * <pre>{@code
 * try (AtomicFileOutput out = AtomicFileOutput.open(path)) {
 *   write(out.stream());
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>An existing target keeps its POSIX permissions; a symbolic link is followed (the file it points
 * to is replaced, the link stays).
 *
 * <p>Large outputs are handed to the device while they are written: after every
 * {@value #WRITE_BACK_EVERY} bytes a background thread forces what has been written so far (unless
 * the previous force is still running), so that the force in {@link #commit()} finds little left to
 * do. Without it, a 670 MiB long table waited 1.5–2 s in the final force while the second core idled.
 */
public final class AtomicFileOutput implements Closeable {
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
  /** Bytes between two background forces. */
  static final long WRITE_BACK_EVERY = 64L << 20;

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream stream;
  private final WriteBack writeBack;
  private boolean committed;
  private boolean closed;

  private AtomicFileOutput(Path target, Path temp, FileChannel channel, long writeBackEvery) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    this.writeBack = new WriteBack(channel, writeBackEvery);
    OutputStream raw = Channels.newOutputStream(channel);
    // closing the stream handed out must not end the transaction: commit() and close() decide
    this.stream = new BufferedOutputStream(new FilterOutputStream(raw) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        writeBack.written(len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    }, 1 << 16);
  }

  /**
   * Starts writing {@code target}: creates its directory if needed and the temporary file.
   *
   * @throws IOException when the directory or temporary file cannot be created
   */
  public static AtomicFileOutput open(Path target) throws IOException {
    return open(target, WRITE_BACK_EVERY);
  }

  /** {@link #open(Path)} with another distance between background forces (tests). */
  static AtomicFileOutput open(Path target, long writeBackEvery) throws IOException {
    Objects.requireNonNull(target, "target");
    Path real = SafeFiles.resolve(target);
    if (Files.isDirectory(real)) {
      throw new IOException(target + ": is a directory");
    }
    Path dir = real.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    String name = real.getFileName() == null ? "out" : real.getFileName().toString();
    Path temp = createTemp(dir, name);
    FileChannel ch;
    try {
      copyPermissions(real, temp);
      ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return new AtomicFileOutput(real, temp, ch, writeBackEvery);
  }

  /** Where the content goes; closing it only flushes. */
  public OutputStream stream() {
    return stream;
  }

  /** How many background forces have been started (tests). */
  int writeBacksStarted() {
    return writeBack.started();
  }

  /** The file that {@link #commit()} replaces (symbolic links resolved). */
  public Path target() {
    return target;
  }

  /**
   * Flushes, forces the bytes to the device and moves the temporary file into place.
   *
   * @throws IOException when any of that fails; the old file is then unchanged and the temporary
   *     file is deleted by {@link #close()}
   */
  public void commit() throws IOException {
    if (closed || committed) {
      throw new IllegalStateException(target + ": already " + (committed ? "committed" : "closed"));
    }
    stream.flush();
    writeBack.finish();
    channel.force(true);
    channel.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Ends the write; without a {@link #commit()} the temporary file is deleted and the target unchanged. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (!committed) {
      try {
        try {
          writeBack.abandon();
        } finally {
          channel.close();
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * A new, empty file beside the target. Not {@link Files#createTempFile}: that makes the file
   * readable by its owner only, and a new output should get the same permissions as any file the
   * user creates (the umask).
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = (dir == null ? Path.of("") : dir).resolve(
          "." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    if (!SafeFiles.isRegularFile(from)) {
      return;
    }
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(from);
      Files.setPosixFilePermissions(to, perms);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the new file gets the default permissions
    }
  }
}
