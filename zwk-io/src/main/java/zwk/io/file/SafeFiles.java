// SPDX-License-Identifier: Apache-2.0
package zwk.io.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;

/** Checks and writes output files so that no input and no old output is ever destroyed. */
public final class SafeFiles {
  private SafeFiles() {}

  /** Writes the whole content of a file; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out} (which the caller closes). */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Refuses an output that resolves to one of the inputs: the same path, a symbolic link to it or a
   * hard link ({@link Files#isSameFile}). Inputs that do not exist cannot be destroyed and are
   * skipped; an output that does not exist yet is compared by its normalized absolute path.
   *
   * @throws OutputConflictException naming both files
   * @throws UncheckedIOException when the file system cannot tell
   */
  public static void requireDistinct(Path output, Collection<Path> inputs) {
    Objects.requireNonNull(output, "output");
    boolean outputExists = Files.exists(output);
    for (Path input : inputs) {
      if (input == null || !Files.exists(input)) {
        continue;
      }
      boolean same;
      try {
        same = outputExists
            ? Files.isSameFile(output, input)
            : output.toAbsolutePath().normalize().equals(input.toRealPath().normalize());
      } catch (IOException e) {
        throw new UncheckedIOException(output + ": " + e.getMessage(), e);
      }
      if (same) {
        throw new OutputConflictException(output, input);
      }
    }
  }

  /**
   * Writes a file atomically: {@code content} goes to a temporary file in the target's directory,
   * which replaces the target only when {@code content} returned normally. When it throws, the
   * old file (if any) is unchanged and no temporary file is left.
   *
   * @param target the file to create or replace (through a symbolic link: the file it points to)
   * @throws IOException when the file cannot be written; the old file is then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      content.writeTo(out.stream());
      out.commit();
    }
  }

  /** The real path of an existing file (symbolic links followed), else the path itself. */
  static Path resolve(Path target) throws IOException {
    if (Files.exists(target)) {
      return target.toRealPath();
    }
    if (Files.isSymbolicLink(target)) {
      // a dangling link: write the file it names
      Path link = Files.readSymbolicLink(target);
      Path dir = target.toAbsolutePath().getParent();
      return dir == null ? link : dir.resolve(link);
    }
    return target.toAbsolutePath();
  }

  static boolean isRegularFile(Path p) {
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
  }
}
