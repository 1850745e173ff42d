// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lets only well-formed UTF-8 (RFC 3629) through to the parser, which by itself accepts overlong
 * forms such as {@code C0 AF} (a disguised {@code /}), encoded surrogates and code points above
 * U+10FFFF. Also recognises UTF-16 and UTF-32 text (by byte order mark or by the zero bytes of an
 * ASCII first character) and refuses it by name, since zwk's JSON is UTF-8 only. A UTF-8 byte order
 * mark passes (the parser skips it). Violations are a {@link MalformedBytes} with 1-based line and
 * column (in characters) of the first offending byte.
 */
final class Utf8CheckingInputStream extends FilterInputStream {

  /** Bytes that are not well-formed UTF-8, located; Jackson wraps it, {@link JsonEngine#translate} unwraps it. */
  static final class MalformedBytes extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;
    final long column;
    final String found;

    MalformedBytes(long line, long column, String found) {
      super(line + ":" + column + ": " + found);
      this.line = line;
      this.column = column;
      this.found = found;
    }
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private MalformedBytes deferred;
  private final byte[] head = new byte[4];
  private int headLength;
  private boolean headChecked;
  private long line = 1;
  private long column = 1; // of the next character
  private int pending; // continuation bytes still expected
  private int low = 0x80; // range of the next continuation byte
  private int high = 0xBF;
  private final int[] sequence = new int[4];
  private int sequenceLength;

  Utf8CheckingInputStream(InputStream in) {
    super(new java.io.PushbackInputStream(in, 4));
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (!headChecked) {
      // the first bytes decide the encoding before any of them is judged as UTF-8
      headLength = in.readNBytes(head, 0, 4);
      checkHead();
      ((java.io.PushbackInputStream) in).unread(head, 0, headLength);
    }
    if (deferred != null) {
      throw deferred;
    }
    int n = in.read(b, off, len);
    if (n < 0) {
      end();
      return n;
    }
    int good = check(b, off, n);
    if (deferred != null && good == 0) {
      throw deferred;
    }
    return deferred != null ? good : n;
  }

  @Override
  public long skip(long n) throws IOException {
    // every byte must be seen
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    int r = read(buf, 0, buf.length);
    return Math.max(r, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void end() throws MalformedBytes {
    if (pending > 0) {
      throw new MalformedBytes(line, column, "a UTF-8 sequence cut off at the end of the input ("
          + hex(sequence, sequenceLength) + ")");
    }
  }

  /**
   * Checks {@code n} bytes; returns how many can be handed to the parser. On an error the bytes before
   * the offending sequence are still handed out and the error is thrown by the next read, so that
   * the parser has reached the value that holds the bytes and the error carries its JSON pointer.
   */
  private int check(byte[] b, int off, int n) {
    int sequenceStart = off;
    int end = off + n;
    for (int i = off; i < end; i++) {
      if (pending == 0) {
        // runs of ASCII (almost all of a document) are counted in locals, without the automaton
        long ln = line;
        long col = column;
        while (i < end) {
          // eight bytes at a time while they are ASCII without a line end (SWAR: a byte of
          // v ^ "\n\n…" is zero exactly where v has '\n')
          while (i + 8 <= end) {
            long v = (long) LONGS.get(b, i);
            long nl = v ^ 0x0A0A0A0A0A0A0A0AL;
            if (((v | ((nl - 0x0101010101010101L) & ~nl)) & 0x8080808080808080L) != 0) {
              break;
            }
            col += 8;
            i += 8;
          }
          if (i == end) {
            break;
          }
          byte x = b[i];
          if (x < 0) {
            break;
          }
          if (x == '\n') {
            ln++;
            col = 1;
          } else {
            col++;
          }
          i++;
        }
        line = ln;
        column = col;
        if (i == end) {
          break;
        }
        sequenceStart = i;
      }
      try {
        step(b[i] & 0xFF);
      } catch (MalformedBytes e) {
        deferred = e;
        return sequenceStart - off;
      }
    }
    return n;
  }

  /**
   * Whether {@code b} passes this stream unchanged: no UTF-16/UTF-32 head and well-formed UTF-8
   * throughout. A fast pre-check for input held in memory, which then goes to the parser directly;
   * input that fails goes through the stream, which locates the error.
   */
  static boolean passes(byte[] b) {
    if (otherEncoding(b, Math.min(4, b.length)) != null) {
      return false;
    }
    int i = 0;
    int n = b.length;
    while (i < n) {
      // eight ASCII bytes at a time
      while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int x = b[i];
      if (x >= 0) {
        i++;
        continue;
      }
      x &= 0xFF;
      int more;
      int low = 0x80;
      int high = 0xBF;
      if (x >= 0xC2 && x <= 0xDF) {
        more = 1;
      } else if (x == 0xE0) {
        more = 2;
        low = 0xA0;
      } else if (x == 0xED) {
        more = 2;
        high = 0x9F;
      } else if (x >= 0xE1 && x <= 0xEF) {
        more = 2;
      } else if (x == 0xF0) {
        more = 3;
        low = 0x90;
      } else if (x >= 0xF1 && x <= 0xF3) {
        more = 3;
      } else if (x == 0xF4) {
        more = 3;
        high = 0x8F;
      } else {
        return false;
      }
      if (i + more >= n) { // cut off at the end
        return false;
      }
      for (int k = 1; k <= more; k++) {
        int y = b[i + k] & 0xFF;
        if (y < low || y > high) {
          return false;
        }
        low = 0x80;
        high = 0xBF;
      }
      i += more + 1;
    }
    return true;
  }

  private void checkHead() throws MalformedBytes {
    headChecked = true;
    String other = otherEncoding(head, headLength);
    if (other != null) {
      throw new MalformedBytes(1, 1, other);
    }
  }

  /** Names UTF-16/UTF-32 text from its first bytes, or null. */
  static String otherEncoding(byte[] h, int n) {
    int b0 = n > 0 ? h[0] & 0xFF : -1;
    int b1 = n > 1 ? h[1] & 0xFF : -1;
    int b2 = n > 2 ? h[2] & 0xFF : -1;
    int b3 = n > 3 ? h[3] & 0xFF : -1;
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE text (byte order mark 00 00 FE FF)";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
      return "UTF-32LE text (byte order mark FF FE 00 00)";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE text (byte order mark FE FF)";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE text (byte order mark FF FE)";
    }
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0x00 && b3 > 0) {
      return "UTF-32BE text (first bytes " + hex(h, n) + ")";
    }
    if (b0 > 0 && b1 == 0x00 && b2 == 0x00 && b3 == 0x00) {
      return "UTF-32LE text (first bytes " + hex(h, n) + ")";
    }
    if (b0 == 0x00 && b1 > 0) {
      return "UTF-16BE text (first bytes " + hex(h, n) + ")";
    }
    if (b0 > 0 && b1 == 0x00) {
      return "UTF-16LE text (first bytes " + hex(h, n) + ")";
    }
    return null;
  }

  /** One byte through the UTF-8 automaton (the table of well-formed sequences of Unicode §3.9, D92). */
  private void step(int x) throws MalformedBytes {
    if (pending > 0) {
      if (x < low || x > high) {
        sequence[sequenceLength++] = x;
        throw new MalformedBytes(line, column, "bytes " + hex(sequence, sequenceLength)
            + ", which are not well-formed UTF-8");
      }
      sequence[sequenceLength++] = x;
      low = 0x80;
      high = 0xBF;
      if (--pending == 0) {
        column++;
      }
      return;
    }
    sequenceLength = 0;
    sequence[sequenceLength++] = x;
    if (x < 0x80) {
      if (x == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      return;
    }
    if (x >= 0xC2 && x <= 0xDF) {
      pending = 1;
    } else if (x == 0xE0) {
      pending = 2;
      low = 0xA0; // E0 80..9F would be overlong
    } else if (x == 0xED) {
      pending = 2;
      high = 0x9F; // ED A0..BF would be a surrogate
    } else if (x >= 0xE1 && x <= 0xEF) {
      pending = 2;
    } else if (x == 0xF0) {
      pending = 3;
      low = 0x90; // F0 80..8F would be overlong
    } else if (x >= 0xF1 && x <= 0xF3) {
      pending = 3;
    } else if (x == 0xF4) {
      pending = 3;
      high = 0x8F; // F4 90.. would be above U+10FFFF
    } else {
      String why = x == 0xC0 || x == 0xC1 ? " (the start of an overlong form)"
          : x >= 0xF5 ? " (never valid in UTF-8)" : " (a continuation byte without a start)";
      throw new MalformedBytes(line, column, "byte " + hex(sequence, 1) + why + ", which is not well-formed UTF-8");
    }
  }

  private static String hex(int[] bytes, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? " " : "").append(String.format("%02X", bytes[i]));
    }
    return sb.toString();
  }

  private static String hex(byte[] bytes, int n) {
    int[] ints = new int[n];
    for (int i = 0; i < n; i++) {
      ints[i] = bytes[i] & 0xFF;
    }
    return hex(ints, n);
  }
}
