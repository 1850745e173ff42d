// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read a CSV file: separator (or detection), encoding (or detection) and the maximum field
 * size that bounds memory. Immutable; start from {@link #defaults()}.
 */
public final class CsvReadOptions {
  /** Default maximum field size: 16 Mi characters. */
  public static final int DEFAULT_MAX_FIELD_CHARS = 16 * 1024 * 1024;

  private final char separator;
  private final Charset charset;
  private final int maxFieldChars;

  private CsvReadOptions(char separator, Charset charset, int maxFieldChars) {
    this.separator = separator;
    this.charset = charset;
    this.maxFieldChars = maxFieldChars;
  }

  /** Separator and encoding detected, maximum field {@value #DEFAULT_MAX_FIELD_CHARS} characters. */
  public static CsvReadOptions defaults() {
    return new CsvReadOptions('\0', null, DEFAULT_MAX_FIELD_CHARS);
  }

  /** A fixed separator ({@code ','} or {@code ';'}, or {@code '\0'} to detect from the first line). */
  public CsvReadOptions withSeparator(char sep) {
    return new CsvReadOptions(sep, charset, maxFieldChars);
  }

  /** A fixed encoding instead of detection (null to detect). */
  public CsvReadOptions withCharset(Charset cs) {
    return new CsvReadOptions(separator, cs, maxFieldChars);
  }

  /**
   * The maximum size of a single field in characters; a larger field stops reading with
   * {@link CsvFormatException.Kind#FIELD_TOO_LARGE} instead of exhausting memory.
   *
   * @throws IllegalArgumentException when not positive
   */
  public CsvReadOptions withMaxFieldChars(int max) {
    if (max <= 0) {
      throw new IllegalArgumentException("maxFieldChars: expected > 0, got " + max);
    }
    return new CsvReadOptions(separator, charset, max);
  }

  /** The fixed separator, empty when it is detected. */
  public Optional<Character> separator() {
    return separator == '\0' ? Optional.empty() : Optional.of(separator);
  }

  /** The fixed encoding, empty when it is detected. */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /** The maximum field size in characters. */
  public int maxFieldChars() {
    return maxFieldChars;
  }
}
