// SPDX-License-Identifier: Apache-2.0
/**
 * Optional Parquet output for zwk's long tables (population, indicators, projection), so that
 * researchers read them directly in R (arrow), pandas, polars or DuckDB. The general
 * {@link zwk.parquet.ParquetTableWriter} streams any table of typed columns;
 * {@link zwk.parquet.PopulationParquet} writes a population table in the columns of
 * {@code zwk population}.
 *
 * <p>Built on Apache parquet-java through parquet-floor, which replaces the Hadoop runtime that
 * parquet-java otherwise needs by a small shim of the classes it names.
 */
@NullMarked
package zwk.parquet;

import org.jspecify.annotations.NullMarked;
