// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import java.util.Arrays;

/**
 * A growable column of longs kept as {@code int}s until one value does not fit (population counts
 * and line numbers practically always fit), then as {@code long}s.
 */
final class LongColumn {
  private int[] ints = new int[16];
  private long[] longs;
  private int size;

  LongColumn() {}

  private LongColumn(LongColumn o, int size) {
    this.ints = o.ints == null ? null : Arrays.copyOf(o.ints, size);
    this.longs = o.longs == null ? null : Arrays.copyOf(o.longs, size);
    this.size = size;
  }

  void add(long v) {
    if (longs == null) {
      if (v == (int) v) {
        if (size == ints.length) {
          ints = Arrays.copyOf(ints, CodeColumn.grow(size));
        }
        ints[size++] = (int) v;
        return;
      }
      longs = new long[Math.max(16, ints.length)];
      for (int i = 0; i < size; i++) {
        longs[i] = ints[i];
      }
      ints = null;
    }
    if (size == longs.length) {
      longs = Arrays.copyOf(longs, CodeColumn.grow(size));
    }
    longs[size++] = v;
  }

  long get(int i) {
    return longs == null ? ints[i] : longs[i];
  }

  int size() {
    return size;
  }

  LongColumn trimmed() {
    return new LongColumn(this, size);
  }

  long cellBytes() {
    return longs == null ? 4L * ints.length : 8L * longs.length;
  }
}
