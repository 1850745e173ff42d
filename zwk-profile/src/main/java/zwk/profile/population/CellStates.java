// SPDX-License-Identifier: Apache-2.0
package zwk.profile.population;

import java.util.Optional;
import zwk.model.statistics.ValueState;

/** Byte codes for cell states in the compact arrays: known, a GENESIS special value, or missing. */
final class CellStates {
  static final byte KNOWN = 0;
  static final byte MISSING = -1;

  private CellStates() {}

  /** The code of a state: NUMBER and ZERO are known; every other state keeps its identity. */
  static byte of(ValueState s) {
    return s.isNumeric() ? KNOWN : (byte) s.ordinal();
  }

  /** The state of a code; empty for MISSING; NUMBER for KNOWN. */
  static Optional<ValueState> toValueState(byte code) {
    if (code == MISSING) {
      return Optional.empty();
    }
    return Optional.of(code == KNOWN ? ValueState.NUMBER : ValueState.values()[code]);
  }

  /** The state of a combination (sum) of cells: the first that is not known wins. */
  static byte combine(byte a, byte b) {
    return a != KNOWN ? a : b;
  }
}
