// SPDX-License-Identifier: Apache-2.0
package zwk.io.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zwk.io.json.ZwkJson;

class AtomicFileOutputTest {

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void failureHalfWayLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("out.csv"), "old\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SafeFiles.write(target, out -> {
      out.write("header\n".getBytes(StandardCharsets.UTF_8));
      throw new IllegalStateException("row 2 failed");
    }));
    assertEquals("row 2 failed", e.getMessage());
    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of("out.csv"), names(dir));
  }

  @Test
  void failureOnANewFileCreatesNothing(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("new.csv");
    assertThrows(IOException.class, () -> SafeFiles.write(target, out -> {
      out.write(1);
      throw new IOException("disk full");
    }));
    assertEquals(List.of(), names(dir));
  }

  @Test
  void successReplacesTheFileKeepingItsPermissions(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("out.csv"), "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    SafeFiles.write(target, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new\n", Files.readString(target));
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(List.of("out.csv"), names(dir));
  }

  @Test
  void closingWithoutCommitDiscards(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("a.json");
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      out.stream().write("{}".getBytes(StandardCharsets.UTF_8));
      out.stream().close(); // closing the stream is not a commit
    }
    assertFalse(Files.exists(target));
    assertEquals(List.of(), names(dir));
  }

  @Test
  void sameFileIsRecognisedThroughLinksAndSpellings(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("in.json"), "{}");
    Path sym = Files.createSymbolicLink(dir.resolve("sym.json"), in);
    Path hard = Files.createLink(dir.resolve("hard.json"), in);
    Files.createDirectories(dir.resolve("d"));
    for (Path out : List.of(in, sym, hard, dir.resolve("d/../in.json"), dir.resolve("./in.json"))) {
      OutputConflictException e = assertThrows(OutputConflictException.class,
          () -> SafeFiles.requireDistinct(out, List.of(dir.resolve("other.json"), in)));
      assertTrue(e.getMessage().contains(out.toString()) && e.getMessage().contains(in.toString()), e.getMessage());
    }
    SafeFiles.requireDistinct(dir.resolve("new.json"), List.of(in)); // distinct: no exception
  }

  @Test
  void zwkJsonWriteToAPathIsAtomic(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("doc.json"), "old");
    // an object that is no zwk document fails while writing: the old file stays
    assertThrows(RuntimeException.class, () -> ZwkJson.write(new Object(), target));
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("doc.json"), names(dir));
  }

  /** Bytes 0, 1, …, 250, 0, 1, … so that a lost or repeated chunk shows. */
  private static byte[] pattern(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (i % 251);
    }
    return b;
  }

  @Test
  void backgroundForcesDoNotChangeWhatIsWritten(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("long.csv"), "old\n");
    byte[] expected = pattern(3 << 20);
    try (AtomicFileOutput out = AtomicFileOutput.open(target, 64 << 10)) {
      // chunks of changing sizes, some below and some above the stream's 64 KiB buffer
      int[] sizes = {1, 7, 1000, 70_000, 65_536, 3, 200_000};
      for (int at = 0, k = 0; at < expected.length; k++) {
        int len = Math.min(sizes[k % sizes.length], expected.length - at);
        out.stream().write(expected, at, len);
        at += len;
      }
      out.commit();
      assertTrue(out.writeBacksStarted() >= 1, "background forces: " + out.writeBacksStarted());
    }
    assertTrue(java.util.Arrays.equals(expected, Files.readAllBytes(target)));
    assertEquals(List.of("long.csv"), names(dir));
  }

  @Test
  void closingWithoutCommitAfterBackgroundForcesDiscards(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("long.csv"), "old\n");
    try (AtomicFileOutput out = AtomicFileOutput.open(target, 4096)) {
      out.stream().write(pattern(1 << 20));
      out.stream().flush();
      assertTrue(out.writeBacksStarted() >= 1);
    }
    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of("long.csv"), names(dir));
  }

  @Test
  void aFailedBackgroundForceFailsTheCommit(@TempDir Path dir) throws IOException {
    java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(Files.createFile(dir.resolve("x")),
        java.nio.file.StandardOpenOption.WRITE);
    ch.close();
    WriteBack w = new WriteBack(ch, 10);
    w.written(9);
    assertEquals(0, w.started(), "below the distance nothing starts");
    w.written(1);
    assertEquals(1, w.started());
    assertThrows(java.nio.channels.ClosedChannelException.class, w::finish);
  }
}
