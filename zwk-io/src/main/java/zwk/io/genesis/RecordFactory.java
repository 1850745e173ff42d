// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import zwk.io.csv.CsvFormatException;
import zwk.model.region.Ags;
import zwk.model.region.Ars;
import zwk.model.region.RegionLevel;
import zwk.model.statistics.StatisticsTable;
import zwk.model.statistics.ValueState;

/** The parts of a statistics cell as a parser found them, turned into table codes and values with located errors. */
final class RecordFactory {
  private RecordFactory() {}

  /** A cell's state and value ({@code null} for the states without one). */
  static final class Value {
    final ValueState state;
    final @Nullable BigDecimal number;

    Value(ValueState state, @Nullable BigDecimal number) {
      this.state = state;
      this.number = number;
    }
  }

  /**
   * The region code of a key as found in the file: the key after repair of lost leading zeros, as
   * AGS (and ARS above the municipality) when it is one, else as ARS when it is one, else as is.
   */
  static int region(StatisticsTable.Builder table, String regionKey, String regionName) {
    String key = regionKey.strip();
    Optional<Ags> ags = GenesisLabels.ags(key);
    if (ags.isPresent()) {
      RegionLevel level = ags.get().level();
      Optional<Ars> ars = level != RegionLevel.COUNTRY && level != RegionLevel.MUNICIPALITY
          ? Optional.of(Ars.of(ags.get().code())) : Optional.empty();
      return table.region(ags.get().code(), ags, ars, regionName);
    }
    Optional<Ars> ars = GenesisLabels.ars(key);
    if (ars.isPresent()) {
      return table.region(ars.get().code(), ars.get().hasAgs() ? Optional.of(ars.get().toAgs()) : Optional.empty(),
          ars, regionName);
    }
    return table.region(key, Optional.empty(), Optional.empty(), regionName);
  }

  /** The time code of a label: with its reference date and year when the label names them. */
  static int time(StatisticsTable.Builder table, String time) {
    return table.time(time, GenesisLabels.date(time), GenesisLabels.year(time));
  }

  /**
   * The state and value of a cell: a GENESIS special symbol ({@code -} is 0) or a number.
   *
   * @throws CsvFormatException located, for anything else
   */
  static Value value(String source, long line, int column, String cell) {
    String v = cell.strip();
    Optional<ValueState> special = ValueState.ofSymbol(v);
    if (special.isPresent()) {
      return new Value(special.get(), special.get() == ValueState.ZERO ? BigDecimal.ZERO : null);
    }
    Optional<BigDecimal> n = GenesisLabels.number(v);
    if (n.isEmpty()) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
          "expected a number or one of - . x ... /, got '" + CsvFormatException.clip(cell) + "'");
    }
    return new Value(ValueState.NUMBER, n.get());
  }
}
