// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values and states of a statistics table's cells, exactly: a {@link BigDecimal} is its
 * unscaled value and its scale, so {@code 1234.5} (thousands) is 12345 with scale 1 and comes back
 * with the same scale. Unscaled values are a {@link LongColumn} (ints while they fit); the scale is
 * one per table until a cell has another, then a byte per cell; a value beyond a long or a byte
 * scale is kept aside as the {@code BigDecimal} itself. The state array exists only once a cell is
 * not {@link ValueState#NUMBER} (as in {@code PopulationTable}); cells without a value hold 0.
 */
final class ValueColumn {
  private static final ValueState[] STATES = ValueState.values();
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private final LongColumn unscaled;
  private byte @Nullable [] states;
  private byte @Nullable [] scales;
  private int scale;
  private boolean scaleSet;
  private final Map<Integer, BigDecimal> large;
  private int size;

  ValueColumn() {
    this.unscaled = new LongColumn();
    this.large = new HashMap<>();
  }

  private ValueColumn(ValueColumn o) {
    this.unscaled = o.unscaled.trimmed();
    this.states = o.states == null ? null : Arrays.copyOf(o.states, o.size);
    this.scales = o.scales == null ? null : Arrays.copyOf(o.scales, o.size);
    this.scale = o.scale;
    this.scaleSet = o.scaleSet;
    this.large = new HashMap<>(o.large);
    this.size = o.size;
  }

  /** Adds a cell; {@code value} is present exactly for the numeric states (checked by the caller). */
  void add(ValueState state, @Nullable BigDecimal value) {
    int i = size;
    if (state != ValueState.NUMBER && states == null) {
      states = new byte[Math.max(16, i + 1)];
    }
    if (states != null) {
      if (i == states.length) {
        states = Arrays.copyOf(states, CodeColumn.grow(i));
      }
      states[i] = (byte) state.ordinal();
    }
    int s = 0;
    long u = 0;
    if (value != null) {
      s = value.scale();
      BigInteger big = value.precision() <= 18 ? null : value.unscaledValue();
      if (s != (byte) s || big != null && (big.compareTo(LONG_MIN) < 0 || big.compareTo(LONG_MAX) > 0)) {
        large.put(i, value);
        s = scaleSet ? scale : 0;
      } else {
        u = big != null ? big.longValue() : value.unscaledValue().longValue();
      }
    } else {
      s = scaleSet ? scale : 0;
    }
    if (!scaleSet && value != null && !large.containsKey(i)) {
      scale = s;
      scaleSet = true;
    }
    if (scales == null && s != scale) {
      scales = new byte[Math.max(16, i + 1)];
      Arrays.fill(scales, 0, i, (byte) scale);
    }
    if (scales != null) {
      if (i == scales.length) {
        scales = Arrays.copyOf(scales, CodeColumn.grow(i));
      }
      scales[i] = (byte) s;
    }
    unscaled.add(u);
    size++;
  }

  ValueState state(int i) {
    return states == null ? ValueState.NUMBER : STATES[states[i]];
  }

  /** The value, {@code null} for the states without one. */
  @Nullable BigDecimal value(int i) {
    ValueState st = state(i);
    if (!st.isNumeric()) {
      return null;
    }
    if (!large.isEmpty()) {
      BigDecimal b = large.get(i);
      if (b != null) {
        return b;
      }
    }
    return BigDecimal.valueOf(unscaled.get(i), scales == null ? scale : scales[i]);
  }

  /** Whether the cell is {@link ValueState#ZERO} (without a state array none is). */
  boolean isZero(int i) {
    return states != null && states[i] == ValueState.ZERO.ordinal();
  }

  int size() {
    return size;
  }

  ValueColumn trimmed() {
    return new ValueColumn(this);
  }

  long cellBytes() {
    return unscaled.cellBytes() + (states == null ? 0 : states.length) + (scales == null ? 0 : scales.length);
  }
}
