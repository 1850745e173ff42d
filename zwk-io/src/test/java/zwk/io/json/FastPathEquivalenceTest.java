// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import zwk.model.strategy.MunicipalStrategy;
import zwk.testkit.ModelGenerators;

/**
 * The fast paths of reading and writing against the slower ones they replace, which stay as the
 * reference: {@link CanonicalPrettyPrinter} against Jackson's {@link DefaultPrettyPrinter} with the
 * canonical separators; the byte-array parser (after {@link Utf8CheckingInputStream#passes}) against
 * the checking stream; {@link Codecs#parseDate} against {@link LocalDate#parse}.
 */
class FastPathEquivalenceTest {

  /** The layout before {@link CanonicalPrettyPrinter}: Jackson's printer with zwk's separators. */
  private static PrettyPrinter reference() {
    Separators separators = new Separators("\n", ':', Separators.Spacing.AFTER, ',', Separators.Spacing.NONE,
        "", ',', Separators.Spacing.NONE, "");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  private static byte[] writeWithReference(List<MunicipalStrategy> documents, boolean asArray) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonEngine.documentMapper(JsonLimits.defaults()).writer().with(reference())
        .createGenerator(out, JsonEncoding.UTF8)) {
      if (asArray) {
        g.writeStartArray();
      }
      for (MunicipalStrategy d : documents) {
        Documents.write(g, DocumentFormats.STRATEGY, d);
      }
      if (asArray) {
        g.writeEndArray();
      }
      g.writeRaw('\n');
    }
    return out.toByteArray();
  }

  @Test
  void canonicalPrinterWritesWhatJacksonsPrinterWrote() {
    qt().withExamples(100).forAll(ModelGenerators.strategies()).checkAssert(s -> {
      assertArrayEquals(writeWithReference(List.of(s), false), ZwkJson.writeBytes(s));
      assertArrayEquals(writeWithReference(List.of(s), false), ZwkJson.writeString(s).getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
    });
    qt().withExamples(20).forAll(lists().of(ModelGenerators.strategies()).ofSizeBetween(0, 4)).checkAssert(l -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ZwkJson.writeArray(l, out);
      assertArrayEquals(writeWithReference(l, true), out.toByteArray());
    });
  }

  /** Bytes mostly of UTF-8 text, with arbitrary bytes mixed in. */
  private static Gen<byte[]> mostlyText() {
    return lists().of(integers().between(0, 299)).ofSizeBetween(0, 40).map(codes -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int c : codes) {
        if (c < 256) {
          out.write(c); // any byte: ASCII, continuation, lead, invalid
        } else {
          // a well-formed character from a small set across the ranges with special rules
          int[] cps = {0xE4, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF, 0x1F600, 0x20AC};
          out.writeBytes(new String(Character.toChars(cps[c % cps.length])).getBytes(
              java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      return out.toByteArray();
    });
  }

  private static boolean streamAccepts(byte[] b) {
    try (InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(b))) {
      byte[] buf = new byte[7]; // small reads: sequences cross buffer ends
      while (in.read(buf, 0, buf.length) >= 0) {
        // drain
      }
      return true;
    } catch (Utf8CheckingInputStream.MalformedBytes e) {
      return false;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void utf8PreCheckAgreesWithTheCheckingStream() {
    qt().withExamples(3000).forAll(mostlyText()).checkAssert(b ->
        assertEquals(streamAccepts(b), Utf8CheckingInputStream.passes(b), () -> java.util.HexFormat.of().formatHex(b)));
    // hand-picked: overlong, surrogate, above U+10FFFF, cut off, BOMs of other encodings, long ASCII runs
    String[] hex = {"c0af", "eda080", "f4908080", "e282", "feff0041", "fffe4100", "0000feff", "41004200",
        "4142434445464748494a4b4c4d4e4f50", "41424344454647c3a4", "414243444546474849e2"};
    for (String h : hex) {
      byte[] b = java.util.HexFormat.of().parseHex(h);
      assertEquals(streamAccepts(b), Utf8CheckingInputStream.passes(b), h);
    }
  }

  /** Line and column where the checking stream, read {@code chunk} bytes at a time, reports a bad byte. */
  private static String reported(byte[] b, int chunk) {
    try (InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(b))) {
      byte[] buf = new byte[chunk];
      while (in.read(buf, 0, buf.length) >= 0) {
        // drain
      }
      return "accepted";
    } catch (Utf8CheckingInputStream.MalformedBytes e) {
      return e.line + ":" + e.column;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void badByteIsLocatedByLineAndCharacterThroughEveryChunkSize() {
    // a byte FF put between two characters of a generated document: line = line ends before it + 1,
    // column = characters (code points) since the last line end + 1, counted on the decoded prefix
    qt().withExamples(200).forAll(ModelGenerators.strategies(), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((s, at) -> {
          byte[] doc = ZwkJson.writeBytes(s);
          int p = at % doc.length;
          while ((doc[p] & 0xC0) == 0x80) {
            p--; // not inside a multi-byte character
          }
          byte[] bad = new byte[doc.length + 1];
          System.arraycopy(doc, 0, bad, 0, p);
          bad[p] = (byte) 0xFF;
          System.arraycopy(doc, p, bad, p + 1, doc.length - p);
          String prefix = new String(doc, 0, p, java.nio.charset.StandardCharsets.UTF_8);
          long line = prefix.chars().filter(ch -> ch == '\n').count() + 1;
          String lastLine = prefix.substring(prefix.lastIndexOf('\n') + 1);
          long column = lastLine.codePointCount(0, lastLine.length()) + 1;
          for (int chunk : new int[] {7, 64, 8192}) {
            assertEquals(line + ":" + column, reported(bad, chunk), "chunk " + chunk + ", byte " + p);
          }
        });
  }

  private static String outcome(java.util.function.Supplier<MunicipalStrategy> read) {
    try {
      return "value " + read.get().hashCode();
    } catch (ZwkFormatException e) {
      return e.getClass().getSimpleName() + " " + e.line() + ":" + e.column() + " " + e.pointer() + " expected "
          + e.expected() + ", found " + e.found();
    }
  }

  @Test
  void bytesReadDirectlyGiveWhatTheStreamGives() {
    // generated documents with one byte replaced: the same value or the same located error
    Gen<int[]> edits = integers().between(0, Integer.MAX_VALUE).zip(integers().between(0, 255), (at, b) -> new int[] {at, b});
    qt().withExamples(300).forAll(ModelGenerators.strategies(), edits).checkAssert((s, edit) -> {
      byte[] bytes = ZwkJson.writeBytes(s);
      bytes[edit[0] % bytes.length] = (byte) edit[1];
      assertEquals(outcome(() -> ZwkJson.read(new ByteArrayInputStream(bytes), MunicipalStrategy.class)),
          outcome(() -> ZwkJson.read(bytes, MunicipalStrategy.class)));
    });
  }

  private static String parsedBy(java.util.function.Function<String, LocalDate> parse, String text) {
    try {
      return parse.apply(text).toString();
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return "error " + e.getMessage();
    }
  }

  @Test
  void fastDatesAreLocalDateParse() {
    Gen<String> dates = integers().between(-1, 10_000).zip(integers().between(0, 13), integers().between(0, 32),
        (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    qt().withExamples(5000).forAll(dates).checkAssert(t -> assertEquals(parsedBy(text -> {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }, t), parsedBy(Codecs::parseDate, t), t));
    for (String t : new String[] {"2024-02-29", "2023-02-29", "2023-04-31", "0000-01-01", "+12024-01-01",
        "-0001-12-31", "2024-1-01", "2024/01/01", "２０２４-01-01", "2024-00-10", "2024-13-01"}) {
      assertEquals(parsedBy(LocalDate::parse, t).replaceFirst("^error .*", "error"),
          parsedBy(Codecs::parseDate, t).replaceFirst("^error .*", "error"), t);
    }
  }
}
