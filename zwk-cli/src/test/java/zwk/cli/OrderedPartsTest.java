// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import zwk.io.csv.CsvByteWriter;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;

/**
 * {@link OrderedParts}: whatever the number of threads, the bytes are those of one writer writing
 * the parts one after the other (the second method: a plain loop over the parts on one
 * {@link CsvByteWriter}), for every profile (BOM, CRLF, decimal comma).
 */
class OrderedPartsTest {
  private static final List<CsvExportProfile> PROFILES =
      List.of(CsvExportProfile.SEMICOLON, CsvExportProfile.STANDARD, CsvExportProfile.EXCEL_DE);

  /** Part {@code p}: a pseudo-random number of rows of text, numbers and empty cells, from the seed and p. */
  private static OrderedParts.Part part(long seed) {
    return (p, w) -> {
      SplittableRandom r = new SplittableRandom(seed * 31 + p);
      int rows = r.nextInt(0, 2_000); // up to ~60 KB: parts cross the writer's 64 KiB buffer
      byte[] shared = w.encode(List.of(CsvCell.raw("part " + p), CsvCell.text("=a;\"b\"\n")), 0);
      for (int i = 0; i < rows; i++) {
        w.encoded(shared, 2).integer(r.nextLong(-1_000_000_000_000L, 1_000_000_000_000L)).empty()
            .decimal(r.nextInt(-99_999, 99_999), 2).cell(CsvCell.text(Integer.toString(i))).endRow();
      }
    };
  }

  private static byte[] sequential(CsvExportProfile profile, int parts, OrderedParts.Part part) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvByteWriter w = new CsvByteWriter(out, profile)) {
      w.header(List.of("a", "b", "n", "e", "d", "t"));
      for (int p = 0; p < parts; p++) {
        part.write(p, w);
      }
    }
    return out.toByteArray();
  }

  private static byte[] ordered(CsvExportProfile profile, int parts, int threads, OrderedParts.Part part) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvByteWriter w = new CsvByteWriter(out, profile)) {
      w.header(List.of("a", "b", "n", "e", "d", "t"));
      OrderedParts.write(parts, threads, w, out, part);
    }
    return out.toByteArray();
  }

  @Test
  void joinedPartsAreTheBytesOfOneWriterWhateverTheThreadCount() {
    qt().withExamples(60).forAll(integers().between(0, 40), integers().between(1, 6), integers().between(0, 2),
        longs().all()).checkAssert((parts, threads, profile, seed) -> {
          CsvExportProfile pr = PROFILES.get(profile);
          assertArrayEquals(sequential(pr, parts, part(seed)), ordered(pr, parts, threads, part(seed)),
              parts + " parts, " + threads + " threads, " + pr);
        });
  }

  @Test
  void partsComeOutInTheirOrderEvenWhenLaterOnesFinishFirst() throws Exception {
    // part 0 is the slowest: a join in completion order would put it last
    OrderedParts.Part slowFirst = (p, w) -> {
      if (p == 0) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      w.integer(p).endRow();
    };
    byte[] out = ordered(CsvExportProfile.SEMICOLON, 5, 4, slowFirst);
    assertEquals("h\n0\n1\n2\n3\n4\n", new String(out, StandardCharsets.UTF_8).replaceFirst("^a;b;n;e;d;t", "h"));
  }

  @Test
  void aFailingPartFailsTheWriteWithItsOwnException() {
    IllegalStateException boom = new IllegalStateException("part 7 failed");
    OrderedParts.Part failing = (p, w) -> {
      if (p == 7) {
        throw boom;
      }
      w.integer(p).endRow();
    };
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ordered(CsvExportProfile.SEMICOLON, 20, 3, failing));
    assertSame(boom, e);
  }

  @Test
  void aFailingOutputFailsTheWrite() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("device full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("device full");
      }
    };
    CsvByteWriter w = new CsvByteWriter(new ByteArrayOutputStream(), CsvExportProfile.SEMICOLON);
    w.header(List.of("n"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> OrderedParts.write(10, 2, w, broken, (p, pw) -> pw.integer(p).endRow()));
    assertEquals("device full", e.getCause().getMessage());
  }

  @Test
  void noThreadIsRefused() {
    CsvByteWriter w = new CsvByteWriter(new ByteArrayOutputStream(), CsvExportProfile.SEMICOLON);
    assertThrows(IllegalArgumentException.class, () -> OrderedParts.write(3, 0, w, OutputStream.nullOutputStream(),
        (p, pw) -> pw.integer(p).endRow()));
  }
}
