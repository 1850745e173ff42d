// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;
import zwk.model.region.Ags;
import zwk.model.region.Ars;

/**
 * One cell of an official statistics table in long format (<em>Statistik-Datensatz</em>): a value
 * for one region, time, sex, age and further dimensions, with its {@link ValueState}.
 *
 * <p>Invariant: a value is present exactly when the state is {@link ValueState#NUMBER} or
 * {@link ValueState#ZERO} (then it is 0); every other special value carries no number, so that an
 * unknown cell can never be mistaken for zero.
 */
@Value.Immutable
@ZwkStyle
abstract class StatisticsRecordDef {

  /** The region key as found in the file after repair of lost leading zeros ({@code 05315}, {@code DG}). */
  abstract String regionKey();

  /** The key as AGS when it is one. */
  abstract Optional<Ags> ags();

  /** The key as ARS when the file uses ARS. */
  abstract Optional<Ars> ars();

  /** The region name as given in the file. */
  abstract String regionName();

  /** The time label as given in the file ({@code 31.12.2018}, {@code 2021}). */
  abstract String time();

  /** The reference date (<em>Stichtag</em>) when the time is a date. */
  abstract Optional<LocalDate> referenceDate();

  /** The reference year (of the date, or the year the time label names). */
  abstract Optional<Integer> year();

  /** Sex, when the table has that dimension. */
  abstract Optional<Sex> sex();

  /** Age band or single year of age, when the table has that dimension; absent on total rows. */
  abstract Optional<AgeBand> age();

  /** Nationality ({@code Deutsche}, {@code Ausländer}, {@code Insgesamt}) when present. */
  abstract Optional<String> nationality();

  /** Further dimensions, label → value, in file order. */
  abstract Map<String, String> dimensions();

  /** The variable or measure ({@code Bevölkerungsstand}, {@code Lebendgeborene}). */
  abstract String variable();

  /** The unit ({@code Anzahl}, {@code 1000}, {@code Prozent}) when the file gives one. */
  abstract Optional<String> unit();

  /** The numeric value, present exactly for {@link ValueState#NUMBER} and {@link ValueState#ZERO}. */
  abstract Optional<BigDecimal> value();

  /** The state of the cell. */
  abstract ValueState state();

  /** Line in the source file (1-based), 0 when not from a file. */
  @Value.Default
  long line() {
    return 0;
  }

  @Value.Check
  void check() {
    if (state().isNumeric() != value().isPresent()) {
      throw new IllegalArgumentException("value: expected a number exactly when state is NUMBER or ZERO, got value="
          + value().map(BigDecimal::toPlainString).orElse("none") + " with state=" + state());
    }
    if (state() == ValueState.ZERO && value().get().signum() != 0) {
      throw new IllegalArgumentException("value: state ZERO requires 0, got " + value().get().toPlainString());
    }
    if (line() < 0) {
      throw new IllegalArgumentException("line: expected >= 0, got " + line());
    }
  }
}
