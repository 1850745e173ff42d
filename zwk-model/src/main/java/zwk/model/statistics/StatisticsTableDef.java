// SPDX-License-Identifier: Apache-2.0
package zwk.model.statistics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * An official statistics table in long format (<em>Statistik-Tabelle</em>, e.g. a GENESIS export),
 * with what the reader noticed on the way (encoding trouble, footnotes).
 */
@Value.Immutable
@ZwkStyle
abstract class StatisticsTableDef {

  /** Where the table came from (file name or URI). */
  abstract String source();

  /** The table code ({@code 12411-0018}, {@code 12411-02-03-5-B}) when known. */
  abstract Optional<String> tableCode();

  /** The table title when the file gives one. */
  abstract Optional<String> title();

  /** The cells, in file order. */
  abstract List<StatisticsRecord> records();

  /** Footnotes and notes found below the table. */
  abstract List<String> notes();

  /** Warnings of the reader that did not stop it (e.g. U+FFFD mojibake in labels). */
  abstract List<String> warnings();

  /**
   * Region keys all of whose cells are {@code -} ({@link ValueState#ZERO}). In GENESIS a row that is
   * {@code -} throughout marks a region that no longer exists (a historical Kreis kept in the
   * table), not a population of zero. In file order.
   */
  public Set<String> regionKeysWithOnlyZeroCells() {
    Map<String, Boolean> allZero = new LinkedHashMap<>();
    for (StatisticsRecord r : records()) {
      allZero.merge(r.regionKey(), r.state() == ValueState.ZERO, Boolean::logicalAnd);
    }
    Set<String> out = new LinkedHashSet<>();
    allZero.forEach((k, v) -> {
      if (v) {
        out.add(k);
      }
    });
    return Collections.unmodifiableSet(out);
  }
}
