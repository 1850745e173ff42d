// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;

/**
 * Decodes bytes strictly and hands out every character before an invalid sequence before it reports
 * the error, so that the error can be located at the exact line and column (the JDK's
 * {@code InputStreamReader} may throw before returning the characters it already decoded).
 */
final class StrictDecodingReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private boolean eof;
  private CoderResult pendingError;

  StrictDecodingReader(InputStream in, Charset charset) {
    this(in, charset, false);
  }

  /** With {@code replaceUnmappable}, unmappable bytes become U+FFFD (malformed input stays an error). */
  StrictDecodingReader(InputStream in, Charset charset, boolean replaceUnmappable) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(replaceUnmappable ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT);
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      if (pendingError != null) {
        if (out.position() > off) {
          return out.position() - off;
        }
        throw new MalformedInputException(pendingError.length());
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        pendingError = r;
        continue;
      }
      if (out.position() > off && (r.isOverflow() || !out.hasRemaining())) {
        return out.position() - off;
      }
      if (eof) {
        CoderResult f = decoder.flush(out);
        if (f.isError()) {
          pendingError = f;
          continue;
        }
        return out.position() > off ? out.position() - off : -1;
      }
      if (out.position() > off && bytes.hasRemaining() == false && in.available() == 0) {
        return out.position() - off;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
