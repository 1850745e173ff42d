// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import zwk.io.csv.CsvFormatException;
import zwk.model.region.Ags;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.StatisticsRecord;
import zwk.model.statistics.ValueState;

/** Builds a {@link StatisticsRecord} from the parts a parser found, with located errors. */
final class RecordFactory {
  private RecordFactory() {}

  static StatisticsRecord record(String source, long line, int column, String regionKey, String regionName,
      String time, Optional<Sex> sex, Optional<AgeBand> age, Optional<String> nationality,
      Map<String, String> dimensions, String variable, Optional<String> unit, String cell) {
    StatisticsRecord.Builder b = StatisticsRecord.builder()
        .regionName(regionName)
        .time(time)
        .sex(sex)
        .age(age)
        .nationality(nationality)
        .dimensions(dimensions)
        .variable(variable)
        .unit(unit)
        .line(line);
    String key = regionKey.strip();
    Optional<Ags> ags = GenesisLabels.ags(key);
    if (ags.isPresent()) {
      b.regionKey(ags.get().code()).ags(ags.get());
      if (ags.get().level() != zwk.model.region.RegionLevel.COUNTRY && ags.get().level() != zwk.model.region.RegionLevel.MUNICIPALITY) {
        b.ars(zwk.model.region.Ars.of(ags.get().code()));
      }
    } else {
      Optional<zwk.model.region.Ars> ars = GenesisLabels.ars(key);
      if (ars.isPresent()) {
        b.regionKey(ars.get().code()).ars(ars.get());
        if (ars.get().hasAgs()) {
          b.ags(ars.get().toAgs());
        }
      } else {
        b.regionKey(key);
      }
    }
    GenesisLabels.date(time).ifPresent(b::referenceDate);
    GenesisLabels.year(time).ifPresent(b::year);
    String v = cell.strip();
    Optional<ValueState> special = ValueState.ofSymbol(v);
    if (special.isPresent()) {
      b.state(special.get());
      if (special.get() == ValueState.ZERO) {
        b.value(BigDecimal.ZERO);
      }
    } else {
      Optional<BigDecimal> n = GenesisLabels.number(v);
      if (n.isEmpty()) {
        throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
            "expected a number or one of - . x ... /, got '" + CsvFormatException.clip(cell) + "'");
      }
      b.state(ValueState.NUMBER).value(n.get());
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CsvFormatException(CsvFormatException.Kind.BAD_VALUE, source, line, column,
          CsvFormatException.clip(e.getMessage()), e);
    }
  }

}
