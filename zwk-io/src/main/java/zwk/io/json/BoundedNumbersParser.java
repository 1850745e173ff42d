// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Enforces {@link JsonLimits#maxNumberPrecision()} and {@link JsonLimits#maxNumberExponent()} on
 * every number token, from its text and before any codec turns it into a value, so that no code path
 * (decimal codec, parameter values, trees of streamed elements) ever holds a number that expands
 * into megabytes. Documents that {@link DocumentReader} binds skip this delegate (a call more per
 * token): there {@link ReadContext#checkNumber()} applies the same {@link #check} at every number
 * the codecs meet, before reading, skipping or echoing it in an error. A violation is a {@link StreamConstraintsException} at the number, which
 * {@link JsonEngine#translate} turns into a located {@link JsonLimitException} like Jackson's own
 * limits.
 */
final class BoundedNumbersParser extends JsonParserDelegate {
  private final int maxPrecision;
  private final int maxExponent;

  BoundedNumbersParser(JsonParser d, JsonLimits limits) {
    super(d);
    this.maxPrecision = limits.maxNumberPrecision();
    this.maxExponent = limits.maxNumberExponent();
    check(d.currentToken()); // a parser handed over at a number (a Jackson deserializer's)
  }

  @Override
  public JsonToken nextToken() {
    return check(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() {
    return check(delegate.nextValue());
  }

  private JsonToken check(JsonToken t) {
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      checkNumber(delegate, maxPrecision, maxExponent);
    }
    return t;
  }

  /**
   * Checks the number at the current token of {@code p} against the bounds of {@code limits} (for
   * readers that check at the number instead of wrapping the parser, {@link ReadContext#checkNumber}).
   */
  static void check(JsonParser p, JsonLimits limits) {
    checkNumber(p, limits.maxNumberPrecision(), limits.maxNumberExponent());
  }

  /** Checks the JSON number literal (RFC 8259 syntax, already validated by the parser) at the current token. */
  private static void checkNumber(JsonParser delegate, int maxPrecision, int maxExponent) {
    char[] buf = delegate.getTextCharacters();
    int off = delegate.getTextOffset();
    int len = delegate.getTextLength();
    int i = off;
    int end = off + len;
    if (i < end && buf[i] == '-') {
      i++;
    }
    int digits = 0; // significant digits: from the first non-zero digit of the mantissa
    int fraction = 0; // digits after the point
    boolean point = false;
    for (; i < end; i++) {
      char ch = buf[i];
      if (ch == '.') {
        point = true;
      } else if (ch >= '0' && ch <= '9') {
        if (digits > 0 || ch != '0') {
          digits++;
        }
        if (point) {
          fraction++;
        }
      } else {
        break; // 'e' or 'E'
      }
    }
    long exponent = 0;
    if (i < end) {
      i++; // the 'e'
      boolean negative = false;
      if (i < end && (buf[i] == '+' || buf[i] == '-')) {
        negative = buf[i] == '-';
        i++;
      }
      for (; i < end; i++) {
        // saturate: a literal is at most maxNumberLength characters, but its exponent may overflow a long
        exponent = Math.min(exponent * 10 + (buf[i] - '0'), 1L << 40);
      }
      if (negative) {
        exponent = -exponent;
      }
    }
    if (digits > maxPrecision) {
      // short: the message is the "found" part of a located error, which is cut at 64 characters
      throw new StreamConstraintsException("number precision " + digits + " digits (" + literal(buf, off, len)
          + ") > " + maxPrecision, delegate.currentTokenLocation());
    }
    // the power of ten of the last written digit, i.e. the negated BigDecimal scale
    long last = exponent - fraction;
    if (Math.abs(last) > maxExponent) {
      throw new StreamConstraintsException("number exponent 10^" + last + " (" + literal(buf, off, len)
          + ") beyond +/-" + maxExponent, delegate.currentTokenLocation());
    }
  }

  /** The literal for a message, shortened (made only for an error: every number passes here). */
  private static String literal(char[] buf, int off, int len) {
    return len <= 20 ? new String(buf, off, len) : new String(buf, off, 17) + "...";
  }
}
