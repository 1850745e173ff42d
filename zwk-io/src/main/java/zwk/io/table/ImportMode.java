// SPDX-License-Identifier: Apache-2.0
package zwk.io.table;

/** What an import does with rows it cannot take. */
public enum ImportMode {
  /** Read every row; if any is rejected, throw {@link CsvImportException} with all rejections and return nothing. */
  ALL_OR_NOTHING,
  /** Return the good rows and report every rejected row in {@link ImportResult#rejections()}. */
  COLLECT_AND_CONTINUE
}
