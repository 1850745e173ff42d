// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Encoding detection for the files German users have: UTF-8 with or without byte order mark, or
 * Windows-1252 (what German Excel and the GENESIS exports write). Windows-1252 and not ISO-8859-1,
 * because in Windows-1252 the byte {@code 0x80} is {@code €} and {@code 0x84}/{@code 0x93} are
 * typographic quotes, while ISO-8859-1 maps them to invisible control characters.
 *
 * <p>Rule: a UTF-8 BOM means UTF-8; otherwise the sample is UTF-8 when it decodes without error (a
 * sequence cut off at the end of the sample is allowed), else Windows-1252.
 */
public final class TextEncoding {
  /** Windows-1252, the German Excel and GENESIS default. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextEncoding() {}

  /** The detected encoding of a file start and whether it carries a BOM. */
  public static final class Detected {
    private final Charset charset;
    private final int bomLength;

    Detected(Charset charset, int bomLength) {
      this.charset = charset;
      this.bomLength = bomLength;
    }

    /** UTF-8 or Windows-1252. */
    public Charset charset() {
      return charset;
    }

    /** Length of the byte order mark (3 or 0). */
    public int bomLength() {
      return bomLength;
    }

    /** Charset name and BOM. */
    @Override
    public String toString() {
      return charset.name() + (bomLength > 0 ? " with BOM" : "");
    }
  }

  /**
   * Detects the encoding from the first bytes of a file.
   *
   * @param sample the first bytes (any length; the whole file gives the surest answer)
   * @param length number of valid bytes in {@code sample}
   */
  public static Detected detect(byte[] sample, int length) {
    if (length >= 3 && sample[0] == UTF8_BOM[0] && sample[1] == UTF8_BOM[1] && sample[2] == UTF8_BOM[2]) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample, 0, length);
    CharBuffer out = CharBuffer.allocate(Math.max(16, length));
    CoderResult r = d.decode(in, out, false);
    // Underflow with a few bytes left = a sequence cut off by the sample boundary: still UTF-8.
    boolean utf8 = r.isUnderflow() && in.remaining() < 4;
    return new Detected(utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
  }

  /**
   * Decodes a whole byte array with the detected encoding, strictly: invalid UTF-8 after a BOM is
   * reported, never replaced.
   *
   * @throws CsvFormatException of kind {@link CsvFormatException.Kind#INVALID_ENCODING} with the line
   */
  public static String decode(byte[] bytes, String source) {
    Detected det = detect(bytes, bytes.length);
    CharsetDecoder d = det.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(det.charset().equals(WINDOWS_1252)
            ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes, det.bomLength(), bytes.length - det.bomLength())).toString();
    } catch (CharacterCodingException e) {
      long line = 1;
      int pos = firstInvalidUtf8(bytes, det.bomLength());
      for (int i = 0; i < pos && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new CsvFormatException(CsvFormatException.Kind.INVALID_ENCODING, source, line, 0,
          "expected " + det + ", got an invalid byte sequence at byte offset " + pos, e);
    }
  }

  private static int firstInvalidUtf8(byte[] bytes, int from) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    d.decode(in, out, true);
    return in.position();
  }

  /**
   * A reader that decodes {@code in} strictly and incrementally (no whole-file string): every
   * character before an invalid sequence is handed out before the {@link java.nio.charset.MalformedInputException}
   * (or unmappable-character exception) is thrown, so the caller can locate it at its line and
   * column. For the register and table readers that read line by line.
   */
  public static java.io.Reader strictReader(java.io.InputStream in, Charset charset) {
    return new StrictDecodingReader(in, charset);
  }

  /** Number of U+FFFD replacement characters, the trace of an earlier broken conversion. */
  public static int countReplacementChars(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        n++;
      }
    }
    return n;
  }
}
