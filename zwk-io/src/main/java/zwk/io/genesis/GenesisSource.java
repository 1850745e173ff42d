// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import zwk.io.csv.CsvFormatException;
import zwk.io.csv.CsvReadOptions;
import zwk.io.csv.CsvRow;
import zwk.io.csv.CsvRows;

/**
 * A GENESIS export that can be read more than once: the classic layout is understood in a first
 * pass (which label column is the date, the key, the age) and its cells emitted in a second, so
 * that no list of all rows is ever held. A file is simply opened again; a stream is kept as its
 * bytes (one byte per character, no decoded copy); a text as the string it already is.
 *
 * <p>A pass over a file or stream first splits the bytes itself ({@link FastRows}); after the first
 * input it leaves to the general path ({@link #general()}), and always for a text, every pass decodes
 * incrementally ({@link CsvRows#open(InputStream, String, CsvReadOptions, boolean)}:
 * UTF-8 with or without BOM, else Windows-1252, detected from the first 64 KiB and checked as it
 * goes) and counts U+FFFD characters for the warning of {@link GenesisReader}.
 */
final class GenesisSource {
  private static final CsvReadOptions OPTIONS = CsvReadOptions.defaults().withSeparator(';');

  private final String name;
  private final Path file;
  private final byte[] bytes;
  private final String text;
  private volatile boolean general;
  private volatile boolean direct = true;

  private GenesisSource(String name, Path file, byte[] bytes, String text) {
    this.name = name;
    this.file = file;
    this.bytes = bytes;
    this.text = text;
  }

  static GenesisSource of(Path file) {
    return new GenesisSource(file.getFileName().toString(), file, null, null);
  }

  static GenesisSource of(InputStream in, String name) {
    try {
      return new GenesisSource(name, null, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new CsvFormatException(CsvFormatException.Kind.IO, name, 0, 0,
          "expected a readable stream, got " + CsvFormatException.clip(String.valueOf(e)), e);
    } catch (OutOfMemoryError e) {
      throw new CsvFormatException(CsvFormatException.Kind.FIELD_TOO_LARGE, name, 0, 0,
          "expected a stream that fits into memory, got more (read large exports from a file, or raise -Xmx)");
    }
  }

  static GenesisSource ofText(String text, String name) {
    return new GenesisSource(name, null, null, text);
  }

  /** The name used as source in messages and tables. */
  String name() {
    return name;
  }

  /**
   * From now on every pass takes the general path (decoding + FastCSV); called when the fast path
   * ({@link FastRows}) met an input it leaves to the general one.
   */
  GenesisSource general() {
    general = true;
    return this;
  }

  /**
   * Lets no classic data line be taken straight from its bytes ({@link DirectRows}): every line
   * becomes a row; for the tests that compare both ways.
   */
  GenesisSource withoutDirectRows() {
    direct = false;
    return this;
  }

  private volatile long directLines;
  private volatile long directHandedBack;

  /** Adds the counts of a {@link DirectRows} after its pass (for the tests). */
  void countDirect(long taken, long handedBack) {
    directLines += taken;
    directHandedBack += handedBack;
  }

  /** Data lines taken straight from their bytes so far, over all passes. */
  long directLines() {
    return directLines;
  }

  /** Lines {@link DirectRows} handed back as rows so far. */
  long directHandedBack() {
    return directHandedBack;
  }

  /** Whether a pass on the fast path may hand data lines to {@link DirectRows}. */
  boolean allowsDirectRows() {
    return direct;
  }

  /** Whether passes take the general path. */
  boolean isGeneral() {
    return general || text != null;
  }

  /**
   * Opens one pass over the rows: through {@link FastRows} unless {@link #general()} was called
   * (or the source is a text).
   *
   * @throws FastRows.Fallback (from the pass, too) when the fast path leaves the input to the general one
   */
  Pass open() {
    if (text != null) {
      return new Pass(CsvRows.ofText(text, name, OPTIONS));
    }
    InputStream in;
    if (file != null) {
      try {
        in = Files.newInputStream(file);
      } catch (IOException e) {
        throw new CsvFormatException(CsvFormatException.Kind.IO, file.toString(), 0, 0,
            "expected a readable file, got " + CsvFormatException.clip(String.valueOf(e)), e);
      }
    } else {
      in = new ByteArrayInputStream(bytes);
    }
    try {
      return general ? new Pass(CsvRows.open(in, name, OPTIONS, true)) : new Pass(FastRows.open(in));
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** One pass: rows in order, with the count and first line of U+FFFD characters seen so far. */
  static final class Pass implements AutoCloseable {
    private final CsvRows rows;
    private final FastRows fast;
    private long replacementChars;
    private long firstReplacementLine;

    Pass(CsvRows rows) {
      this.rows = rows;
      this.fast = null;
    }

    Pass(FastRows fast) {
      this.rows = null;
      this.fast = fast;
    }

    /**
     * The next row, or null at the end.
     *
     * @throws FastRows.Fallback on the fast path, when the input needs the general one
     */
    CsvRow next() {
      if (fast != null) {
        return fast.next(); // the fast path never has U+FFFD in its rows
      }
      CsvRow r = rows.next();
      if (r != null) {
        countReplacements(r);
      }
      return r;
    }

    /** Whether this pass splits the bytes itself ({@link FastRows}), so that {@link #next(DirectRows)} applies. */
    boolean isFast() {
      return fast != null;
    }

    /**
     * The next row that {@code direct} does not take from its bytes (only on a {@linkplain #isFast
     * fast} pass), or null at the end.
     *
     * @throws FastRows.Fallback when the input needs the general path
     */
    CsvRow next(DirectRows direct) {
      return fast.next(direct);
    }

    private void countReplacements(CsvRow r) {
      long line = r.line();
      for (int f = 0; f < r.size(); f++) {
        String s = r.get(f);
        if (s.indexOf('\uFFFD') < 0 && (firstReplacementLine > 0 || s.indexOf('\n') < 0)) {
          continue;
        }
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (c == '\uFFFD') {
            replacementChars++;
            if (firstReplacementLine == 0) {
              firstReplacementLine = line;
            }
          } else if (c == '\n') {
            line++;
          }
        }
      }
    }

    long replacementChars() {
      return replacementChars;
    }

    long firstReplacementLine() {
      return firstReplacementLine;
    }

    @Override
    public void close() {
      if (fast != null) {
        fast.close();
      } else {
        rows.close();
      }
    }
  }
}
