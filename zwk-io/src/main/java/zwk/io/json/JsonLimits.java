// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.util.Objects;

/**
 * Limits that protect a reader against hostile or broken input. Every limit is enforced while
 * parsing, before the offending value is held in memory, and fails with a located
 * {@link JsonLimitException}.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64 levels of arrays/objects</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>64 MiB (67,108,864 bytes, or characters for text sources); per element for {@link DocumentReader#stream}</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>1,048,576 characters</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100 characters</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>1,024 characters</td></tr>
 *   <tr><td>{@link #maxNumberPrecision()}</td><td>34 significant digits (those of IEEE 754 decimal128)</td></tr>
 *   <tr><td>{@link #maxNumberExponent()}</td><td>1,000: the last digit's power of ten lies in [-1000, 1000]</td></tr>
 * </table>
 *
 * <p>The two number bounds keep every number small however it is used later: a number within them
 * has at most 34 digits and written out plainly ({@link java.math.BigDecimal#toPlainString()}, as
 * in a CSV export) at most 1,036 characters. Without them {@code 1e999999999} (11 characters)
 * would expand to a gigabyte. A number beyond them fails with {@link JsonLimitException.Limit#NUMBER_PRECISION}
 * or {@link JsonLimitException.Limit#NUMBER_EXPONENT}, located at the number.
 *
 * <p>Change them with {@code JsonLimits.defaults().withMaxStringLength(10_000_000)} and pass them to
 * {@link ZwkJson#reader(ReadOptions)} via {@link ReadOptions#withLimits(JsonLimits)}.
 */
public final class JsonLimits {
  /** Default nesting depth: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** Default document length: 64 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
  /** Default string length: 1 Mi characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /** Default number length: 100 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
  /** Default property-name length: 1,024 characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1024;
  /** Default number precision: 34 significant digits. */
  public static final int DEFAULT_MAX_NUMBER_PRECISION = 34;
  /** Default bound of a number's exponent: 1,000. */
  public static final int DEFAULT_MAX_NUMBER_EXPONENT = 1000;

  private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_NESTING_DEPTH,
      DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_NAME_LENGTH,
      DEFAULT_MAX_NUMBER_PRECISION, DEFAULT_MAX_NUMBER_EXPONENT);

  private final int maxNestingDepth;
  private final long maxDocumentLength;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxNumberPrecision;
  private final int maxNumberExponent;

  private JsonLimits(int depth, long document, int string, int number, int name, int precision, int exponent) {
    this.maxNestingDepth = positive("maxNestingDepth", depth);
    this.maxDocumentLength = positive("maxDocumentLength", document);
    this.maxStringLength = positive("maxStringLength", string);
    this.maxNumberLength = positive("maxNumberLength", number);
    this.maxNameLength = positive("maxNameLength", name);
    this.maxNumberPrecision = positive("maxNumberPrecision", precision);
    if (exponent < 0) {
      throw new IllegalArgumentException("maxNumberExponent: expected >= 0, got " + exponent);
    }
    this.maxNumberExponent = exponent;
  }

  private static <N extends Number> N positive(String field, N value) {
    if (value.longValue() < 1) {
      throw new IllegalArgumentException(field + ": expected >= 1, got " + value);
    }
    return value;
  }

  /** The default limits (see the class comment). */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** Maximum nesting depth of arrays and objects. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Maximum size of one document in bytes (characters for {@code String}/{@code Reader} sources). */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** Maximum length of a string value in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Maximum length of a number in characters. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** Maximum length of a property name. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Maximum number of significant digits of a number: the digits of its mantissa without leading
   * zeros ({@link java.math.BigDecimal#precision()} of its value, trailing zeros included).
   */
  public int maxNumberPrecision() {
    return maxNumberPrecision;
  }

  /**
   * Bound of a number's exponent: the power of ten of its last written digit (the negated
   * {@link java.math.BigDecimal#scale()}) must lie in {@code [-maxNumberExponent, maxNumberExponent]}.
   * {@code 40000.00} has -2, {@code 4E+4} has 4, {@code 1e999999999} has 999,999,999.
   */
  public int maxNumberExponent() {
    return maxNumberExponent;
  }

  /** A copy with another nesting depth. */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(value, maxDocumentLength, maxStringLength, maxNumberLength, maxNameLength,
        maxNumberPrecision, maxNumberExponent);
  }

  /** A copy with another document length. */
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(maxNestingDepth, value, maxStringLength, maxNumberLength, maxNameLength,
        maxNumberPrecision, maxNumberExponent);
  }

  /** A copy with another string length. */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxNestingDepth, maxDocumentLength, value, maxNumberLength, maxNameLength,
        maxNumberPrecision, maxNumberExponent);
  }

  /** A copy with another number length. */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, value, maxNameLength,
        maxNumberPrecision, maxNumberExponent);
  }

  /** A copy with another property-name length. */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNumberLength, value,
        maxNumberPrecision, maxNumberExponent);
  }

  /** A copy with another number precision. */
  public JsonLimits withMaxNumberPrecision(int value) {
    return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNumberLength, maxNameLength,
        value, maxNumberExponent);
  }

  /** A copy with another exponent bound (0 allows integers and no fraction digits only). */
  public JsonLimits withMaxNumberExponent(int value) {
    return new JsonLimits(maxNestingDepth, maxDocumentLength, maxStringLength, maxNumberLength, maxNameLength,
        maxNumberPrecision, value);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonLimits)) {
      return false;
    }
    JsonLimits l = (JsonLimits) o;
    return maxNestingDepth == l.maxNestingDepth && maxDocumentLength == l.maxDocumentLength
        && maxStringLength == l.maxStringLength && maxNumberLength == l.maxNumberLength
        && maxNameLength == l.maxNameLength && maxNumberPrecision == l.maxNumberPrecision
        && maxNumberExponent == l.maxNumberExponent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNestingDepth, maxDocumentLength, maxStringLength, maxNumberLength, maxNameLength,
        maxNumberPrecision, maxNumberExponent);
  }

  @Override
  public String toString() {
    return "JsonLimits{depth=" + maxNestingDepth + ", document=" + maxDocumentLength + ", string="
        + maxStringLength + ", number=" + maxNumberLength + ", name=" + maxNameLength + ", precision="
        + maxNumberPrecision + ", exponent=" + maxNumberExponent + "}";
  }
}
