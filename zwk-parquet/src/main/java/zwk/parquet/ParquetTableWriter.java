// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes a table row by row as one Parquet file (SNAPPY-compressed, dictionary-encoded where it
 * pays), streaming: memory is bounded by one row group, whatever the number of rows.
 *
 * <p>Fill a row cell by cell in column order, then {@link #endRow()}:
 *
 * <pre>{@code
 * try (ParquetTableWriter w = ParquetTableWriter.open(out, List.of(
 *     ParquetColumn.required("key", ColumnType.STRING),
 *     ParquetColumn.optional("value", ColumnType.INT64)))) {
 *   w.string("01001").int64(89504).endRow();
 *   w.string("01002").empty().endRow();
 * }
 * }</pre>
 *
 * <p>The writer does not close {@code out}: the caller owns it (so that an atomically replaced
 * file or standard output can be used). Not thread-safe.
 */
public final class ParquetTableWriter implements AutoCloseable {
  /** Rows per row group: about 64 MiB of uncompressed columns for the long tables. */
  private static final long ROW_GROUP_BYTES = 64L * 1024 * 1024;

  private final List<ParquetColumn> columns;
  private final RowBuffer row;
  private final ParquetWriter<RowBuffer> writer;
  private long rows;

  private ParquetTableWriter(List<ParquetColumn> columns, ParquetWriter<RowBuffer> writer) {
    this.columns = columns;
    this.row = new RowBuffer(columns.size());
    this.writer = writer;
  }

  /**
   * Opens a writer of {@code columns} into {@code out}.
   *
   * @param out where the file's bytes go (not closed by the writer)
   * @param columns the columns, in order; names unique
   */
  public static ParquetTableWriter open(OutputStream out, List<ParquetColumn> columns) throws IOException {
    return open(out, columns, Map.of());
  }

  /**
   * Opens a writer whose file footer also carries {@code metadata} (key-value pairs, e.g. the
   * source table and the zwk version), readable with any Parquet tool.
   */
  public static ParquetTableWriter open(OutputStream out, List<ParquetColumn> columns, Map<String, String> metadata)
      throws IOException {
    Objects.requireNonNull(out, "out");
    List<ParquetColumn> cols = List.copyOf(columns);
    if (cols.isEmpty()) {
      throw new IllegalArgumentException("columns: expected at least one column, got none");
    }
    Set<String> names = new HashSet<>();
    for (ParquetColumn c : cols) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("columns: duplicate column name '" + c.name() + "'");
      }
    }
    MessageType schema = schema(cols);
    WriteSupport<RowBuffer> support = new RowWriteSupport(schema, cols, new LinkedHashMap<>(metadata));
    ParquetWriter<RowBuffer> writer = new Builder(new StreamOutputFile(out), support)
        .withConf(new PlainParquetConfiguration())
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withDictionaryEncoding(true)
        .withRowGroupSize(ROW_GROUP_BYTES)
        .build();
    return new ParquetTableWriter(cols, writer);
  }

  /** The columns, in order. */
  public List<ParquetColumn> columns() {
    return columns;
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  /**
   * The next cell: text (a {@link ColumnType#STRING} column), written as UTF-8; text with a lone
   * surrogate, which UTF-8 cannot encode, is refused.
   */
  public ParquetTableWriter string(String value) {
    Objects.requireNonNull(value, "value");
    ParquetColumn c = next();
    if (c.type() == ColumnType.STRING) {
      row.text(row.next, c.name(), value); // checked before the cell counts as given
    }
    cell(ColumnType.STRING);
    return this;
  }

  /** The next cell: a date (a {@link ColumnType#DATE} column). */
  public ParquetTableWriter date(LocalDate value) {
    int i = cell(ColumnType.DATE);
    row.longs[i] = Math.toIntExact(value.toEpochDay());
    return this;
  }

  /** The next cell: a 32-bit integer (an {@link ColumnType#INT32} column). */
  public ParquetTableWriter int32(int value) {
    row.longs[cell(ColumnType.INT32)] = value;
    return this;
  }

  /** The next cell: a 64-bit integer (an {@link ColumnType#INT64} column). */
  public ParquetTableWriter int64(long value) {
    row.longs[cell(ColumnType.INT64)] = value;
    return this;
  }

  /** The next cell: a double (a {@link ColumnType#DOUBLE} column); NaN and infinities are refused. */
  public ParquetTableWriter float64(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(columns.get(row.next).name() + ": expected a finite number, got " + value
          + " (write empty() for a value that is not computable)");
    }
    row.doubles[cell(ColumnType.DOUBLE)] = value;
    return this;
  }

  /** The next cell left empty ({@code null} for a reader); only in a nullable column. */
  public ParquetTableWriter empty() {
    ParquetColumn c = next();
    if (!c.nullable()) {
      throw new IllegalArgumentException(c.name() + ": a required column cannot be empty");
    }
    row.present[row.next++] = false;
    return this;
  }

  /** Ends the row; every column must have been given a cell. */
  public void endRow() {
    if (row.next != columns.size()) {
      throw new IllegalStateException("row " + (rows + 1) + ": " + row.next + " of " + columns.size()
          + " cells given; missing from column '" + columns.get(row.next).name() + "'");
    }
    try {
      writer.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    row.next = 0;
    rows++;
  }

  /** Writes the last row group and the footer. The file is complete only after this. */
  @Override
  public void close() throws IOException {
    if (row.next != 0) {
      throw new IllegalStateException("row " + (rows + 1) + " was begun but not ended");
    }
    writer.close();
  }

  private ParquetColumn next() {
    if (row.next >= columns.size()) {
      throw new IllegalStateException("row " + (rows + 1) + ": more cells than the " + columns.size()
          + " columns; call endRow()");
    }
    return columns.get(row.next);
  }

  private int cell(ColumnType type) {
    ParquetColumn c = next();
    if (c.type() != type) {
      throw new IllegalArgumentException(c.name() + ": expected a " + c.type() + " cell, got " + type);
    }
    row.present[row.next] = true;
    return row.next++;
  }

  private static MessageType schema(List<ParquetColumn> cols) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (ParquetColumn c : cols) {
      Type.Repetition rep = c.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
      switch (c.type()) {
        case STRING -> b.primitive(PrimitiveTypeName.BINARY, rep).as(LogicalTypeAnnotation.stringType())
            .named(c.name());
        case DATE -> b.primitive(PrimitiveTypeName.INT32, rep).as(LogicalTypeAnnotation.dateType()).named(c.name());
        case INT32 -> b.primitive(PrimitiveTypeName.INT32, rep).named(c.name());
        case INT64 -> b.primitive(PrimitiveTypeName.INT64, rep).named(c.name());
        case DOUBLE -> b.primitive(PrimitiveTypeName.DOUBLE, rep).named(c.name());
        default -> throw new IllegalStateException("unknown column type " + c.type());
      }
    }
    return b.named("zwk");
  }

  /** parquet-java's builder, fed with a ready write support and no Hadoop configuration. */
  private static final class Builder extends ParquetWriter.Builder<RowBuffer, Builder> {
    private final WriteSupport<RowBuffer> support;

    Builder(OutputFile file, WriteSupport<RowBuffer> support) {
      super(file);
      this.support = support;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<RowBuffer> getWriteSupport(ParquetConfiguration conf) {
      return support;
    }

    @Override
    protected WriteSupport<RowBuffer> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return support;
    }
  }
}
