// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import org.apache.parquet.io.api.Binary;

/** The row being filled: primitive slots per column, so that writing a cell boxes nothing. */
final class RowBuffer {
  final long[] longs;
  final double[] doubles;
  final Binary[] binaries;
  final boolean[] present;
  /** Per string column, the last text and its encoding: keys and names repeat row after row. */
  final String[] lastText;
  int next;

  RowBuffer(int columns) {
    longs = new long[columns];
    doubles = new double[columns];
    binaries = new Binary[columns];
    present = new boolean[columns];
    lastText = new String[columns];
  }

  /** The text's UTF-8 encoding; a lone surrogate (not encodable) is refused instead of becoming '?'. */
  Binary text(int column, String name, String value) {
    if (!value.equals(lastText[column])) {
      checkEncodable(name, value);
      lastText[column] = value;
      binaries[column] = Binary.fromString(value);
    }
    return binaries[column];
  }

  private static void checkEncodable(String column, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(column + ": expected text that UTF-8 can encode, got a lone surrogate U+"
            + String.format("%04X", (int) c) + " at character " + (i + 1));
      }
    }
  }
}
