// SPDX-License-Identifier: Apache-2.0
package zwk.io.csv;

import java.util.List;

/**
 * One record of a CSV file as the tokenizer returned it: the 1-based line where it starts and its
 * fields, unmodified (no trimming, no unquoting beyond CSV rules).
 */
public final class CsvRow {
  private final long line;
  private final List<String> fields;

  /** A row starting at {@code line} with the given fields. */
  public CsvRow(long line, List<String> fields) {
    this.line = line;
    this.fields = List.copyOf(fields);
  }

  /** 1-based line where the record starts. */
  public long line() {
    return line;
  }

  /** The fields. */
  public List<String> fields() {
    return fields;
  }

  /** Number of fields. */
  public int size() {
    return fields.size();
  }

  /** The field at a 0-based index, or {@code ""} when the row is shorter. */
  public String get(int index) {
    return index < fields.size() ? fields.get(index) : "";
  }

  /** Whether every field is empty (a blank line or {@code ;;;;}). */
  public boolean isBlank() {
    for (String f : fields) {
      if (!f.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Line and number of fields (the content may be personal data). */
  @Override
  public String toString() {
    return "CsvRow{line " + line + ", " + fields.size() + " fields}";
  }
}
