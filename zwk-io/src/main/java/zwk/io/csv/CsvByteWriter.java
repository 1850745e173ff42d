// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a CSV table under a {@link CsvExportProfile} as bytes, for tables of millions of rows:
 * exactly the bytes {@link CsvTableWriter} (FastCSV) writes for the same cells, but numbers go into
 * the buffer as ASCII digits and cells that repeat (a region's key and name, a date, an enum code)
 * are encoded once ({@link #encode}) and copied per row. No {@code String}, no {@code Writer} and no
 * UTF-8 encoder per row; one {@code OutputStream.write} per 64 KiB.
 *
 * <p>The CSV rules are FastCSV's, which {@link CsvTableWriter} uses: a field is quoted when it
 * contains the separator, a double quote (doubled inside), CR or LF, when it is the first field of
 * a row and starts with {@code #} (FastCSV's comment character), and, on the first line (the
 * header), when it contains {@code ;} or {@code ,}; an empty field is written as nothing. Text cells
 * are formula-guarded ({@link FormulaGuard}) before.
 *
 * <p>Use: {@link #header} first, then per row any of {@link #encoded}, {@link #cell},
 * {@link #integer}, {@link #decimal}, {@link #empty}, and {@link #endRow}. Not thread-safe.
 */
public final class CsvByteWriter implements AutoCloseable {
  private static final int CAPACITY = 1 << 16;
  /** Longest number field: sign, 19 digits, point, 18 zeros (scale 18), quotes. */
  private static final int MAX_NUMBER = 48;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final OutputStream out;
  private final CsvExportProfile profile;
  private final char separator;
  private final byte sep;
  private final byte[] newline;
  private final byte decimalMark;
  private final byte[] buf = new byte[CAPACITY];
  private int pos;
  private int column;
  private long lines;

  /**
   * A writer on a stream (not closed by {@link #close()}, only flushed); the BOM of the profile is
   * written first.
   */
  public CsvByteWriter(OutputStream out, CsvExportProfile profile) {
    this(out, profile, false);
    if (profile.bom()) {
      put(BOM);
    }
  }

  private CsvByteWriter(OutputStream out, CsvExportProfile profile, boolean afterHeader) {
    this.out = Objects.requireNonNull(out, "out");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.separator = profile.separator();
    this.sep = (byte) separator;
    this.newline = profile.lineDelimiter().getBytes(StandardCharsets.US_ASCII);
    this.decimalMark = (byte) (profile.decimalComma() ? ',' : '.');
    this.lines = afterHeader ? 1 : 0;
  }

  /**
   * A writer for lines after the header of a table (no BOM, no header; {@link #encoded} may be
   * used at once): for a part of a long table that is formatted on its own, for example on another
   * thread, and joined in order with the parts before and after it. Joined, the parts are the bytes
   * one writer would have written.
   */
  public static CsvByteWriter afterHeader(OutputStream out, CsvExportProfile profile) {
    return new CsvByteWriter(out, profile, true);
  }

  /** The profile. */
  public CsvExportProfile profile() {
    return profile;
  }

  /** Writes the header line; each name is guarded like a text cell. */
  public void header(List<String> names) {
    if (lines != 0 || column != 0) {
      throw new IllegalStateException("header: expected as the first line, got it after " + lines + " lines");
    }
    for (String n : names) {
      field(CsvCell.text(n).format(profile), true);
    }
    endRow();
  }

  /**
   * The bytes of {@code cell} as a field in {@code column} (0-based) of a line after the header:
   * formula-guarded, quoted where needed, UTF-8. Encode a repeating cell once and write it with
   * {@link #encoded}.
   */
  public byte[] encode(CsvCell cell, int column) {
    return encode(List.of(cell), column);
  }

  /**
   * The bytes of consecutive cells starting at {@code firstColumn}, joined by the separator (no
   * leading or trailing separator): write them with {@link #encoded(byte[], int)}.
   */
  public byte[] encode(List<CsvCell> cells, int firstColumn) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(separator);
      }
      b.append(quoted(cells.get(i).format(profile), firstColumn + i, false));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes one field encoded by {@link #encode(CsvCell, int)} for this column. */
  public CsvByteWriter encoded(byte[] field) {
    return encoded(field, 1);
  }

  /**
   * Writes {@code count} fields encoded together by {@link #encode(List, int)} for these columns.
   *
   * @throws IllegalStateException on the first line (it is the header, whose quoting differs)
   */
  public CsvByteWriter encoded(byte[] fields, int count) {
    if (lines == 0) {
      throw new IllegalStateException("encoded: expected the header first");
    }
    if (column > 0) {
      putByte(sep);
    }
    put(fields);
    column += count;
    return this;
  }

  /** Writes a cell (encoded now: for cells that do not repeat). */
  public CsvByteWriter cell(CsvCell cell) {
    field(cell.format(profile), lines == 0);
    return this;
  }

  /** Writes an empty field. */
  public CsvByteWriter empty() {
    if (column > 0) {
      putByte(sep);
    }
    column++;
    return this;
  }

  /** Writes the number cell of {@code value} ({@code CsvCell.number(value, 0)}), as ASCII digits. */
  public CsvByteWriter integer(long value) {
    if (value == Long.MIN_VALUE) {
      return cell(CsvCell.number(BigDecimal.valueOf(value)));
    }
    long a = startNumber(value);
    if (a <= Integer.MAX_VALUE) {
      pos = intDigits((int) a, pos);
    } else {
      pos = digits(a, pos, digitCount(a));
    }
    return this;
  }

  /**
   * Opens a number cell: room for its digits, the separator before it, its sign; returns its
   * magnitude ({@code value} is never {@code Long.MIN_VALUE}: the callers send that the general way).
   */
  private long startNumber(long value) {
    ensure(MAX_NUMBER);
    if (column > 0) {
      buf[pos++] = sep;
    }
    column++;
    if (value < 0) {
      buf[pos++] = '-';
      return -value;
    }
    return value;
  }

  /**
   * Writes the number cell {@code unscaled × 10^-scale} ({@code CsvCell.number(unscaled, scale)}:
   * plain, with the profile's decimal mark) as ASCII digits.
   *
   * @throws IllegalArgumentException when {@code scale} is outside 0 to 18
   */
  public CsvByteWriter decimal(long unscaled, int scale) {
    if (scale < 0 || scale > 18) {
      throw new IllegalArgumentException("scale: expected 0 to 18, got " + scale);
    }
    if (scale == 0) {
      return integer(unscaled);
    }
    // a decimal mark that needs quoting (the separator, or a comma in the header line) goes the
    // general way; none of zwk's profiles has such a mark
    if (unscaled == Long.MIN_VALUE || decimalMark == sep || (lines == 0 && decimalMark == ',')) {
      return cell(CsvCell.number(unscaled, scale));
    }
    long a = startNumber(unscaled);
    if (a <= Integer.MAX_VALUE) {
      pos = intDecimal((int) a, scale, pos);
      return this;
    }
    int n = digitCount(a);
    int intDigits = Math.max(1, n - scale);
    int end = pos + intDigits + 1 + scale;
    int i = end - 1;
    for (int k = 0; k < scale; k++) {
      buf[i--] = (byte) ('0' + a % 10);
      a /= 10;
    }
    buf[i--] = decimalMark;
    for (int k = 0; k < intDigits; k++) {
      buf[i--] = (byte) ('0' + a % 10);
      a /= 10;
    }
    pos = end;
    return this;
  }

  /** Ends the row with the profile's line delimiter. */
  public void endRow() {
    put(newline);
    column = 0;
    lines++;
  }

  /** Flushes the buffered bytes and the stream; the stream stays open. */
  @Override
  public void close() {
    flushBuffer();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void field(String s, boolean firstLine) {
    if (column > 0) {
      putByte(sep);
    }
    put(quoted(s, column, firstLine).getBytes(StandardCharsets.UTF_8));
    column++;
  }

  /** The field as FastCSV writes it: quoted (quotes doubled) where its rules say so. */
  private String quoted(String s, int col, boolean firstLine) {
    if (s.isEmpty()) {
      return s;
    }
    boolean control = col == 0 && s.charAt(0) == '#';
    boolean separators = false;
    for (int i = 0; i < s.length() && !control; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == separator || c == '\n' || c == '\r') {
        control = true;
      } else if (c == ';' || c == ',') {
        separators = true;
      }
    }
    if (!control && !(firstLine && separators)) {
      return s;
    }
    return '"' + (control ? s.replace("\"", "\"\"") : s) + '"';
  }

  /** Two ASCII digits per value 0 … 99, tens then ones (as {@code Integer.toString} does). */
  private static final byte[] TENS = new byte[100];
  private static final byte[] ONES = new byte[100];

  static {
    for (int i = 0; i < 100; i++) {
      TENS[i] = (byte) ('0' + i / 10);
      ONES[i] = (byte) ('0' + i % 10);
    }
  }

  /** Writes the digits of {@code v >= 0} at {@code at}, two at a time; returns the position after them. */
  private int intDigits(int v, int at) {
    int end = at + intDigitCount(v);
    int i = end;
    while (v >= 100) {
      int q = v / 100;
      int r = v - q * 100;
      v = q;
      buf[--i] = ONES[r];
      buf[--i] = TENS[r];
    }
    if (v >= 10) {
      buf[--i] = ONES[v];
      buf[--i] = TENS[v];
    } else {
      buf[--i] = (byte) ('0' + v);
    }
    return end;
  }

  /** {@code v >= 0} with {@code scale} decimals at {@code at} (int arithmetic); the position after it. */
  private int intDecimal(int v, int scale, int at) {
    int n = intDigitCount(v);
    int intDigits = Math.max(1, n - scale);
    int end = at + intDigits + 1 + scale;
    int i = end - 1;
    for (int k = 0; k < scale; k++) {
      int q = v / 10;
      buf[i--] = (byte) ('0' + v - q * 10);
      v = q;
    }
    buf[i--] = decimalMark;
    for (int k = 0; k < intDigits; k++) {
      int q = v / 10;
      buf[i--] = (byte) ('0' + v - q * 10);
      v = q;
    }
    return end;
  }

  private static int intDigitCount(int v) {
    int n = 1;
    int limit = 10;
    while (n < 10 && v >= limit) {
      n++;
      limit *= 10;
    }
    return n;
  }

  private static int digitCount(long a) {
    int n = 1;
    for (long t = a; t >= 10; t /= 10) {
      n++;
    }
    return n;
  }

  /** Writes the {@code n} digits of {@code a >= 0} at {@code at}; returns the position after them. */
  private int digits(long a, int at, int n) {
    int i = at + n - 1;
    long v = a;
    do {
      buf[i--] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v != 0);
    return at + n;
  }

  private void ensure(int n) {
    if (pos + n > buf.length) {
      flushBuffer();
    }
  }

  private void putByte(byte b) {
    if (pos == buf.length) {
      flushBuffer();
    }
    buf[pos++] = b;
  }

  private void put(byte[] b) {
    if (b.length > buf.length - pos) {
      flushBuffer();
      if (b.length > buf.length) {
        write(b, b.length);
        return;
      }
    }
    System.arraycopy(b, 0, buf, pos, b.length);
    pos += b.length;
  }

  private void flushBuffer() {
    if (pos > 0) {
      write(buf, pos);
      pos = 0;
    }
  }

  private void write(byte[] b, int len) {
    try {
      out.write(b, 0, len);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
