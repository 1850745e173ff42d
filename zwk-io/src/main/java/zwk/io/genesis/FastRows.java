// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import zwk.io.csv.CsvRow;
import zwk.io.csv.TextEncoding;

/**
 * The fast tokenizer of GENESIS exports: splits the bytes of the file at {@code ;} and line ends
 * itself, instead of decoding the text and handing it to FastCSV, and gives the same
 * {@link CsvRow}s as the general path ({@link zwk.io.csv.CsvRows}) for every line it accepts.
 *
 * <p>It accepts the plain lines official exports are made of: no quote character, no carriage
 * return other than before a line feed, valid UTF-8 (with or without BOM) or Windows-1252 without
 * its five undefined bytes, no U+FFFD in the text, lines shorter than {@link #MAX_LINE} bytes. On
 * anything else it throws {@link Fallback} before it has returned a row of that line, and the
 * reader starts again on the general path, which gives the result, the warnings and the located
 * errors (quoting, encoding, field size) it always gave: the fast path never decides about an
 * odd input.
 *
 * <p>Why it is fast: one pass over the bytes, the file read in blocks of {@link #MAX_LINE} bytes, and the short ASCII
 * fields that repeat (counts such as {@code 57}, dates, empty cells) taken from a small cache of
 * strings instead of allocating a new one per cell, so that seven million cells make almost no
 * garbage.
 */
final class FastRows implements AutoCloseable {
  /** Longest line (bytes) the fast path takes; longer lines go to the general path and its limits. */
  static final int MAX_LINE = 1 << 20;
  private static final int SAMPLE = 64 * 1024;
  private static final int READ = 64 * 1024;
  private static final int CACHED_LENGTH = 16;
  private static final int CACHE_SLOTS = 1 << 13;
  private static final char[] WINDOWS_1252 = table();

  /** The input needs the general path. Thrown before any row of the offending line is returned. */
  static final class Fallback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fallback(String why) {
      super(why, null, false, false);
    }
  }

  private final InputStream in;
  private final boolean utf8;
  private final CharsetDecoder decoder;
  // the cache: a field of up to 16 ASCII bytes is its bytes packed into two longs (and its length)
  private final String[] cache = new String[CACHE_SLOTS];
  private final long[] cacheLow = new long[CACHE_SLOTS];
  private final long[] cacheHigh = new long[CACHE_SLOTS];
  private final String[][] scratch = new String[65][];
  private String[] fields = new String[64];
  // one byte more than a block: after the bytes read, buf[lim] is a '\n' (a sentinel for DirectRows)
  private final byte[] buf = new byte[MAX_LINE + 1];
  private int pos;
  private int lim;
  private boolean eof;
  private long line = 1;

  private FastRows(InputStream in) throws IOException {
    this.in = in;
    fill();
    while (!eof && lim < SAMPLE) {
      fill();
    }
    TextEncoding.Detected det = TextEncoding.detect(buf, Math.min(lim, SAMPLE));
    utf8 = det.charset().equals(StandardCharsets.UTF_8);
    pos = det.bomLength();
    decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Opens the fast path on {@code in} (closed by {@link #close()}).
   *
   * @throws Fallback when the first block cannot be read (the general path reports it)
   */
  static FastRows open(InputStream in) {
    try {
      return new FastRows(in);
    } catch (IOException e) {
      throw new Fallback("I/O error");
    }
  }

  /** Reads more bytes behind {@code lim} (moving the unread rest to the front, growing if full). */
  private void fill() throws IOException {
    if (pos > 0 && pos == lim) {
      pos = 0;
      lim = 0;
    }
    if (lim == MAX_LINE) {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
      } else {
        throw new Fallback("line longer than " + MAX_LINE + " bytes");
      }
    }
    // read in small blocks: the bytes are scanned while they are still in the cache
    int n = in.read(buf, lim, Math.min(READ, MAX_LINE - lim));
    if (n < 0) {
      eof = true;
    } else {
      lim += n;
    }
    buf[lim] = '\n';
  }

  /**
   * The next row, or null at the end.
   *
   * @throws Fallback when the line needs the general path (also when the file cannot be read: the
   *     general path then reports it, located as it always was)
   */
  CsvRow next() {
    try {
      return nextRow();
    } catch (IOException e) {
      throw new Fallback("I/O error");
    }
  }

  /**
   * The next row that {@code direct} does not take, or null at the end: each line is first offered
   * to {@code direct} as bytes; the lines it takes are consumed without a row.
   *
   * @throws Fallback as {@link #next()}, also from {@code direct}
   */
  CsvRow next(DirectRows direct) {
    try {
      while (true) {
        if (pos == lim) {
          if (eof) {
            return null;
          }
          fill();
          continue;
        }
        int next = direct.take(this, buf, pos, lim, eof, line);
        if (next >= 0) {
          pos = next;
          line++;
        } else if (next == DirectRows.MORE) {
          fill();
        } else {
          return nextRow();
        }
      }
    } catch (IOException e) {
      throw new Fallback("I/O error");
    }
  }

  private CsvRow nextRow() throws IOException {
    return findLine() ? rowOfLine() : null;
  }

  private CsvRow rowOfLine() {
    CsvRow row = split(pos, contentEnd);
    pos = nextPos;
    line++;
    return row;
  }

  // the line found by findLine: its content (without the line end) is buf[pos, contentEnd)
  private int contentEnd;
  private int nextPos;

  /** Finds the next line in the buffer (reading more as needed); false at the end. */
  private boolean findLine() throws IOException {
    int scan = pos;
    int nl;
    while (true) {
      nl = indexOfNewline(scan);
      if (nl >= 0 || eof) {
        break;
      }
      int before = pos;
      scan = lim;
      fill();
      scan -= before - pos; // the block may have moved to the front
    }
    int end = nl >= 0 ? nl : lim;
    if (nl < 0 && pos == lim) {
      return false; // the end, after a line end or in an empty file: FastCSV gives no further row
    }
    contentEnd = end;
    if (nl >= 0 && contentEnd > pos && buf[contentEnd - 1] == '\r') {
      contentEnd--;
    }
    nextPos = nl >= 0 ? nl + 1 : lim;
    return true;
  }

  private int indexOfNewline(int from) {
    byte[] b = buf;
    for (int i = from; i < lim; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private CsvRow split(int from, int to) {
    byte[] b = buf;
    int n = 0;
    int start = from;
    long low = 0;
    long high = 0;
    boolean ascii = true;
    for (int i = from; i <= to; i++) {
      int c = i < to ? b[i] : ';';
      if (c == ';') {
        if (n == fields.length) {
          fields = Arrays.copyOf(fields, n * 2);
        }
        fields[n++] = field(start, i, low, high, ascii);
        start = i + 1;
        low = 0;
        high = 0;
        ascii = true;
      } else if (c == '"' || c == '\r') {
        throw new Fallback(c == '"' ? "quote" : "carriage return inside a line");
      } else {
        ascii &= c >= 0;
        int k = i - start;
        if (k < 8) {
          low |= (long) (c & 0xFF) << (k << 3);
        } else if (k < CACHED_LENGTH) {
          high |= (long) (c & 0xFF) << ((k - 8) << 3);
        }
      }
    }
    String[] row;
    if (n < scratch.length) {
      row = scratch[n];
      if (row == null) {
        row = new String[n];
        scratch[n] = row;
      }
      System.arraycopy(fields, 0, row, 0, n);
    } else {
      row = Arrays.copyOf(fields, n);
    }
    return new CsvRow(line, List.of(row)); // List.of copies the scratch array
  }

  /**
   * The text of the field {@code buf[from, to)} exactly as {@link #next()} would give it in a row.
   *
   * @throws Fallback when it needs the general path (bytes that are no text, U+FFFD)
   */
  String text(int from, int to) {
    byte[] b = buf;
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return decode(from, to);
      }
    }
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private String field(int from, int to, long low, long high, boolean ascii) {
    int len = to - from;
    if (!ascii) {
      return decode(from, to);
    }
    if (len > CACHED_LENGTH) {
      return new String(buf, from, len, StandardCharsets.ISO_8859_1);
    }
    // the bytes packed position by position and the length identify the field exactly
    long h = (low * 0x9E3779B97F4A7C15L) ^ (high * 0xC2B2AE3D27D4EB4FL) ^ len;
    int slot = (int) (h ^ (h >>> 29) ^ (h >>> 47)) & (CACHE_SLOTS - 1);
    String s = cache[slot];
    if (s != null && cacheLow[slot] == low && cacheHigh[slot] == high && s.length() == len) {
      return s;
    }
    s = new String(buf, from, len, StandardCharsets.ISO_8859_1);
    cache[slot] = s;
    cacheLow[slot] = low;
    cacheHigh[slot] = high;
    return s;
  }

  private String decode(int from, int to) {
    String s;
    if (utf8) {
      try {
        s = decoder.reset().decode(ByteBuffer.wrap(buf, from, to - from)).toString();
      } catch (CharacterCodingException e) {
        throw new Fallback("invalid UTF-8");
      }
    } else {
      char[] cs = new char[to - from];
      for (int i = from; i < to; i++) {
        char c = WINDOWS_1252[buf[i] & 0xFF];
        if (c == '\uFFFD') {
          throw new Fallback("byte undefined in Windows-1252");
        }
        cs[i - from] = c;
      }
      s = new String(cs);
    }
    if (s.indexOf('\uFFFD') >= 0) {
      throw new Fallback("U+FFFD in the text");
    }
    return s;
  }

  /** Windows-1252 byte to character; U+FFFD for the five undefined bytes. */
  private static char[] table() {
    char[] t = new char[256];
    CharsetDecoder d = TextEncoding.WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("\uFFFD");
    for (int i = 0; i < 256; i++) {
      try {
        CharBuffer c = d.reset().decode(ByteBuffer.wrap(new byte[] {(byte) i}));
        t[i] = c.length() == 1 ? c.charAt(0) : '\uFFFD';
      } catch (CharacterCodingException e) {
        t[i] = '\uFFFD';
      }
    }
    return t;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // the general path reports close failures; here the file was read to the end or abandoned
    }
  }
}
