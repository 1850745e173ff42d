// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

/**
 * The state of a cell in official statistics (GENESIS <em>Zeichenerklärung</em>). Only
 * {@link #ZERO} ({@code -}) means zero; every other special value is kept as what it is and never
 * becomes 0.
 */
public enum ValueState {
  /** An ordinary number. */
  NUMBER(""),
  /** {@code -}: exactly zero (in a whole row: a region that no longer exists). */
  ZERO("-"),
  /** {@code .}: unknown or kept secret (<em>Zahlenwert unbekannt oder geheim zu halten</em>). */
  UNKNOWN("."),
  /** {@code x}: no value, logically impossible (<em>Tabellenfach gesperrt</em>). */
  NOT_APPLICABLE("x"),
  /** {@code ...}: not yet available (<em>Angabe fällt später an</em>). */
  NOT_YET_AVAILABLE("..."),
  /** {@code /}: too uncertain to publish (<em>keine Angabe, da Zahlenwert nicht sicher genug</em>). */
  UNCERTAIN("/");

  private final String symbol;

  ValueState(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol GENESIS writes for this state; empty for {@link #NUMBER}. */
  public String symbol() {
    return symbol;
  }

  /** Whether a value in this state can be used as a number (a number or exactly zero). */
  public boolean isNumeric() {
    return this == NUMBER || this == ZERO;
  }

  /** The state of a special symbol ({@code -}, {@code .}, {@code x}, {@code ...}, {@code /}), if it is one. */
  public static java.util.Optional<ValueState> ofSymbol(String text) {
    String t = text == null ? "" : text.strip();
    for (ValueState s : values()) {
      if (s != NUMBER && s.symbol.equalsIgnoreCase(t)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}
