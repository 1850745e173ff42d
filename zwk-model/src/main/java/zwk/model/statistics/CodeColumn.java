// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import java.util.Arrays;

/**
 * A growable column of small non-negative integer codes stored as narrowly as the largest code
 * allows: one byte per cell up to 255, two up to 65,535, else four. Most dimensions of an official
 * table (sex, age band, time, variable) have a few dozen values, so they cost one byte per cell.
 */
final class CodeColumn {
  private byte[] bytes = new byte[16];
  private short[] shorts;
  private int[] ints;
  private int size;

  CodeColumn() {}

  private CodeColumn(CodeColumn o, int size) {
    this.bytes = o.bytes == null ? null : Arrays.copyOf(o.bytes, size);
    this.shorts = o.shorts == null ? null : Arrays.copyOf(o.shorts, size);
    this.ints = o.ints == null ? null : Arrays.copyOf(o.ints, size);
    this.size = size;
  }

  void add(int code) {
    if (ints != null) {
      if (size == ints.length) {
        ints = Arrays.copyOf(ints, grow(size));
      }
      ints[size++] = code;
    } else if (shorts != null) {
      if (code > 0xFFFF) {
        widenToInts();
        add(code);
        return;
      }
      if (size == shorts.length) {
        shorts = Arrays.copyOf(shorts, grow(size));
      }
      shorts[size++] = (short) code;
    } else {
      if (code > 0xFF) {
        widenToShorts();
        add(code);
        return;
      }
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, grow(size));
      }
      bytes[size++] = (byte) code;
    }
  }

  int get(int i) {
    if (bytes != null) {
      return bytes[i] & 0xFF;
    }
    return shorts != null ? shorts[i] & 0xFFFF : ints[i];
  }

  int size() {
    return size;
  }

  /** A copy with arrays of exactly {@link #size()} cells. */
  CodeColumn trimmed() {
    return new CodeColumn(this, size);
  }

  /** Bytes the cells take (without the array headers). */
  long cellBytes() {
    return bytes != null ? bytes.length : shorts != null ? 2L * shorts.length : 4L * ints.length;
  }

  private void widenToShorts() {
    shorts = new short[Math.max(16, bytes.length)];
    for (int i = 0; i < size; i++) {
      shorts[i] = (short) (bytes[i] & 0xFF);
    }
    bytes = null;
  }

  private void widenToInts() {
    ints = new int[Math.max(16, shorts.length)];
    for (int i = 0; i < size; i++) {
      ints[i] = shorts[i] & 0xFFFF;
    }
    shorts = null;
  }

  /** The next capacity: 1.5 times, at least 16, refused beyond what an array can hold. */
  static int grow(int size) {
    if (size >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("statistics table: expected at most " + (Integer.MAX_VALUE - 8)
          + " cells, got more");
    }
    return (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(16L, size + (size >> 1) + 1L));
  }
}
