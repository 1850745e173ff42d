// SPDX-License-Identifier: Apache-2.0
package zwk.io.genesis;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import zwk.io.csv.CsvRow;
import zwk.model.statistics.Sex;
import zwk.profile.population.PopulationTable;
import zwk.profile.population.StatisticsImport;

/**
 * The two tokenizers of {@link GenesisSource} side by side, for the property and fuzz tests: the
 * general one (decoding + FastCSV) is the reference, the byte tokenizer ({@link FastRows}) must give
 * the same rows whenever it does not fall back.
 */
final class FastPathEquivalence {
  private FastPathEquivalence() {}

  /** Rows of one pass as text ("line: [fields]"), or the error; {@code fallback} for the fast path's refusal. */
  static String rows(byte[] data, boolean general) {
    GenesisSource s = GenesisSource.of(new ByteArrayInputStream(data), "t.csv");
    if (general) {
      s.general();
    }
    List<String> out = new ArrayList<>();
    try (GenesisSource.Pass p = s.open()) {
      for (CsvRow r = p.next(); r != null; r = p.next()) {
        out.add(r.line() + ": " + r.fields());
      }
      out.add("U+FFFD " + p.replacementChars() + " first at " + p.firstReplacementLine());
    } catch (FastRows.Fallback f) {
      return "fallback";
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return String.join("\n", out);
  }

  /**
   * {@link GenesisReader#readPopulation} as text: every cell, state, name, code, title and warning;
   * or the exception. {@code general} forces the general tokenizer from the start.
   */
  static String population(byte[] data, boolean general) {
    GenesisSource s = GenesisSource.of(new ByteArrayInputStream(data), "t.csv");
    if (general) {
      s.general();
    }
    try {
      GenesisPopulation p = GenesisReader.readPopulation(s, StatisticsImport.defaults());
      return describe(p);
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** How {@link #population(byte[], Path)} reads: the three ways the reader can go. */
  enum Path {
    /** decoding + FastCSV from the start */
    GENERAL,
    /** the byte tokenizer, every line a row */
    ROWS,
    /** the byte tokenizer, plain classic data lines straight from their bytes ({@link DirectRows}) */
    DIRECT
  }

  /**
   * {@link GenesisReader#readPopulation} as text (see {@link #population(byte[], boolean)}) on the
   * given path; {@code direct}, when not null, receives the lines {@link DirectRows} took and handed back.
   */
  static String population(byte[] data, Path path, long[] direct) {
    GenesisSource s = GenesisSource.of(new ByteArrayInputStream(data), "t.csv");
    if (path == Path.GENERAL) {
      s.general();
    } else if (path == Path.ROWS) {
      s.withoutDirectRows();
    }
    String result;
    try {
      result = describe(GenesisReader.readPopulation(s, StatisticsImport.defaults()));
    } catch (RuntimeException e) {
      result = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    if (direct != null) {
      direct[0] = s.directLines();
      direct[1] = s.directHandedBack();
    }
    return result;
  }

  private static String describe(GenesisPopulation p) {
    StringBuilder sb = new StringBuilder();
    PopulationTable t = p.table();
    sb.append(t.regions()).append(t.dates()).append(t.bands()).append('\n');
    for (int r = 0; r < t.regions().size(); r++) {
      for (int d = 0; d < t.dates().size(); d++) {
        for (Sex sex : Sex.values()) {
          for (int b = 0; b < t.bands().size(); b++) {
            java.util.Optional<zwk.model.statistics.ValueState> st = t.state(r, d, sex, b);
            sb.append(st.isPresent() ? st.get().name() + "=" + t.count(r, d, sex, b) : "missing").append(' ');
          }
        }
        sb.append('\n');
      }
    }
    sb.append(p.names()).append(p.tableCode()).append(p.title()).append(p.warnings());
    return sb.toString();
  }
}
