package zwk.model.statistics;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import zwk.model.ZwkStyle;

/**
 * An official statistics table in long format (<em>Statistik-Tabelle</em>, e.g. a GENESIS export),
 * with what the reader noticed on the way (encoding trouble, footnotes).
 */
@Value.Immutable
@ZwkStyle
public abstract class StatisticsTableDef {

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
}
