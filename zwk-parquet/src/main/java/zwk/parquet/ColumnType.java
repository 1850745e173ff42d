// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

/**
 * The Parquet type of a column, chosen as a researcher expects it in R, pandas, polars or DuckDB:
 * keys and codes as strings, dates as dates, counts as integers, ratios as doubles.
 */
public enum ColumnType {
  /** UTF-8 text (Parquet {@code BINARY} with the {@code STRING} annotation); also keys such as AGS. */
  STRING,
  /** A calendar date (Parquet {@code INT32} with the {@code DATE} annotation: days since 1970-01-01). */
  DATE,
  /** A 32-bit integer (e.g. an age). */
  INT32,
  /** A 64-bit integer (e.g. a population count). */
  INT64,
  /** A 64-bit floating-point number (e.g. a ratio). */
  DOUBLE
}
