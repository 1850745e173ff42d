// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import zwk.io.csv.CsvByteWriter;
import zwk.io.csv.CsvCell;
import zwk.io.csv.CsvExportProfile;
import zwk.model.statistics.AgeBand;
import zwk.model.statistics.Sex;
import zwk.model.statistics.ValueState;
import zwk.profile.population.PopulationTable;

/**
 * The rows of {@code zwk population}'s long table, region by region. Every cell but the count is
 * one of a few values: encoded once (a date, sex and band together, a state; a region's key, name
 * and date per region), so that a row is three copies and the digits of the count (10 million
 * rows for all municipalities over 20 dates). Immutable once made: {@link #region} may run on
 * several threads at once, each with its own writer.
 */
final class PopulationRows {
  private static final Sex[] SEXES = {Sex.MALE, Sex.FEMALE, Sex.TOTAL};

  private final PopulationTable t;
  private final PopulationInput input;
  private final Locale locale;
  private final int bandCount;
  private final byte[][] sexBand;
  private final byte[][] dateCells;
  private final byte[][] stateCells;
  private final byte[] numberState;
  private final boolean complete;

  /** Encodes the repeating cells with {@code w}'s profile. */
  PopulationRows(PopulationTable t, PopulationInput input, Locale locale, CsvByteWriter w,
      Optional<CsvExportProfile> csvProfile) {
    this.t = t;
    this.input = input;
    this.locale = locale;
    this.bandCount = t.bands().size();
    this.sexBand = new byte[3 * bandCount][];
    for (int s = 0; s < 3; s++) {
      for (int b = 0; b < bandCount; b++) {
        AgeBand band = t.bands().band(b);
        CsvCell to = band.to().isPresent() ? CsvCell.raw(Integer.toString(band.to().getAsInt())) : CsvCell.empty();
        sexBand[s * bandCount + b] = w.encode(List.of(CsvCell.raw(SEXES[s].code()), CsvCell.raw(Integer.toString(band.from())), to), 3);
      }
    }
    this.dateCells = new byte[t.dates().size()][];
    for (int d = 0; d < dateCells.length; d++) {
      dateCells[d] = w.encode(CsvValues.date(t.dates().get(d), csvProfile), 2);
    }
    this.stateCells = new byte[ValueState.values().length][];
    for (ValueState v : ValueState.values()) {
      stateCells[v.ordinal()] = w.encode(CsvCell.raw(CsvValues.state(v)), 7);
    }
    this.numberState = stateCells[ValueState.NUMBER.ordinal()];
    this.complete = t.isComplete();
  }

  /** Number of regions. */
  int regions() {
    return t.regions().size();
  }

  /** Rows per region at most (dates × 3 sexes × bands). */
  int rowsPerRegion() {
    return dateCells.length * 3 * bandCount;
  }

  /** Writes every row of region {@code r}, date after date, sex after sex, band after band. */
  void region(int r, CsvByteWriter w) {
    String key = t.regions().get(r);
    byte[] keyName = w.encode(List.of(CsvCell.raw(key), CsvCell.text(input.name(key, locale))), 0);
    byte sep = (byte) w.profile().separator();
    for (int d = 0; d < dateCells.length; d++) {
      byte[] date = dateCells[d];
      // key, name and date: one copy per row
      byte[] prefix = new byte[keyName.length + 1 + date.length];
      System.arraycopy(keyName, 0, prefix, 0, keyName.length);
      prefix[keyName.length] = sep;
      System.arraycopy(date, 0, prefix, keyName.length + 1, date.length);
      for (int s = 0; s < 3; s++) {
        for (int b = 0; b < bandCount; b++) {
          if (complete) {
            w.encoded(prefix, 3).encoded(sexBand[s * bandCount + b], 3).integer(t.count(r, d, SEXES[s], b))
                .encoded(numberState).endRow();
            continue;
          }
          Optional<ValueState> state = t.state(r, d, SEXES[s], b);
          if (state.isEmpty()) {
            continue; // the source has no such cell (e.g. a table of totals only)
          }
          w.encoded(prefix, 3).encoded(sexBand[s * bandCount + b], 3);
          // a count is a whole number >= 0: its digits are exact without BigDecimal
          if (state.get().isNumeric()) {
            w.integer(t.count(r, d, SEXES[s], b));
          } else {
            w.empty();
          }
          w.encoded(stateCells[state.get().ordinal()]).endRow();
        }
      }
    }
  }
}
