// SPDX-License-Identifier: Apache-2.0
package zwk.parquet;

import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Hands the current {@link RowBuffer} to Parquet's record consumer, column by column. */
final class RowWriteSupport extends WriteSupport<RowBuffer> {
  private final MessageType schema;
  private final List<ParquetColumn> columns;
  private final Map<String, String> metadata;
  private RecordConsumer consumer;

  RowWriteSupport(MessageType schema, List<ParquetColumn> columns, Map<String, String> metadata) {
    this.schema = schema;
    this.columns = columns;
    this.metadata = metadata;
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(schema, metadata);
  }

  @Override
  public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
    return new WriteContext(schema, metadata);
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(RowBuffer row) {
    consumer.startMessage();
    for (int i = 0; i < columns.size(); i++) {
      if (!row.present[i]) {
        continue; // a null: Parquet records it through the definition level
      }
      ParquetColumn c = columns.get(i);
      consumer.startField(c.name(), i);
      switch (c.type()) {
        case STRING -> consumer.addBinary(row.binaries[i]);
        case DATE, INT32 -> consumer.addInteger((int) row.longs[i]);
        case INT64 -> consumer.addLong(row.longs[i]);
        case DOUBLE -> consumer.addDouble(row.doubles[i]);
        default -> throw new IllegalStateException("unknown column type " + c.type());
      }
      consumer.endField(c.name(), i);
    }
    consumer.endMessage();
  }
}
