package io.github.policytasks.examples.corpus;

import io.github.policytasks.parser.corpus.ColumnType;
import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.TableColumn;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.jspecify.annotations.Nullable;

/**
 * Writes one {@link CorpusTable} as a Parquet file with parquet-java, no Hadoop at run time (a
 * local output file, a plain configuration and the JDK's GZIP): every column optional; {@link
 * ColumnType#STRING} as UTF-8 {@code BINARY (STRING)}, {@link ColumnType#INT} as {@code INT32},
 * {@link ColumnType#DECIMAL} as {@code FIXED_LEN_BYTE_ARRAY(16) DECIMAL(38,6)} — the types Spark
 * writes for {@code string}, {@code int} and {@code decimal(38,6)}. Not thread-safe.
 */
final class ParquetTableWriter implements Closeable {
  private static final int DECIMAL_BYTES = 16;

  private final ParquetWriter<@Nullable Object[]> writer;

  /** A Parquet file for {@code table} at {@code file}, replaced if it exists. */
  ParquetTableWriter(Path file, CorpusTable table) throws IOException {
    MessageType schema = schema(table);
    this.writer = new Builder(new LocalOutputFile(file), schema, table.columns())
        .withConf(new PlainParquetConfiguration())
        .withCodecFactory(new GzipCodecFactory())
        .withCompressionCodec(CompressionCodecName.GZIP)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build();
  }

  /** The Parquet schema of {@code table}. */
  static MessageType schema(CorpusTable table) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (TableColumn column : table.columns()) {
      switch (column.type()) {
        case STRING:
          message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
              .named(column.name());
          break;
        case INT:
          message.optional(PrimitiveTypeName.INT32).named(column.name());
          break;
        case DECIMAL:
          message.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(DECIMAL_BYTES)
              .as(LogicalTypeAnnotation.decimalType(ColumnType.DECIMAL_SCALE,
                  ColumnType.DECIMAL_PRECISION))
              .named(column.name());
          break;
        default:
          throw new IllegalStateException("Unknown column type " + column.type());
      }
    }
    return message.named("spark_schema");
  }

  /** Writes one row made by {@link #values}. */
  void write(@Nullable Object[] row) throws IOException {
    writer.write(row);
  }

  /**
   * {@return the values of {@code row} (in column order, typed as the columns say) as Parquet
   * writes them: a string or a decimal as its {@link Binary} (UTF-8; 16 bytes), an int as it
   * is, null where absent} Made on a reading thread, so that the writing thread only encodes.
   */
  static @Nullable Object[] values(List<TableColumn> columns, List<@Nullable Object> row) {
    @Nullable Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      Object value = row.get(i);
      if (value == null) {
        continue;
      }
      switch (columns.get(i).type()) {
        case STRING:
          values[i] = Binary.fromConstantByteArray(
              ((String) value).getBytes(StandardCharsets.UTF_8));
          break;
        case INT:
          values[i] = (Integer) value;
          break;
        case DECIMAL:
          values[i] = Binary.fromConstantByteArray(decimalBytes((BigDecimal) value));
          break;
        default:
          throw new IllegalStateException("Unknown column type " + columns.get(i).type());
      }
    }
    return values;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** {@code value} as the 16-byte big-endian two's complement of its unscaled value. */
  static byte[] decimalBytes(BigDecimal value) {
    BigInteger unscaled = value.setScale(ColumnType.DECIMAL_SCALE).unscaledValue();
    byte[] minimal = unscaled.toByteArray();
    byte[] bytes = new byte[DECIMAL_BYTES];
    byte fill = (byte) (unscaled.signum() < 0 ? 0xFF : 0x00);
    int pad = DECIMAL_BYTES - minimal.length;
    for (int i = 0; i < pad; i++) {
      bytes[i] = fill;
    }
    System.arraycopy(minimal, 0, bytes, pad, minimal.length);
    return bytes;
  }

  private static final class Builder extends ParquetWriter.Builder<@Nullable Object[], Builder> {
    private final MessageType schema;
    private final List<TableColumn> columns;

    Builder(OutputFile file, MessageType schema, List<TableColumn> columns) {
      super(file);
      this.schema = schema;
      this.columns = columns;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    @Deprecated
    protected WriteSupport<@Nullable Object[]> getWriteSupport(
        org.apache.hadoop.conf.Configuration conf) {
      return new RowWriteSupport(schema, columns);
    }

    @Override
    protected WriteSupport<@Nullable Object[]> getWriteSupport(ParquetConfiguration conf) {
      return new RowWriteSupport(schema, columns);
    }
  }

  /** Writes a row of values made by {@link ParquetTableWriter#values}. */
  private static final class RowWriteSupport extends WriteSupport<@Nullable Object[]> {
    private final MessageType schema;
    private final List<TableColumn> columns;
    private @Nullable RecordConsumer consumer;

    RowWriteSupport(MessageType schema, List<TableColumn> columns) {
      this.schema = schema;
      this.columns = columns;
    }

    @Override
    @Deprecated
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(@Nullable Object[] row) {
      RecordConsumer out = java.util.Objects.requireNonNull(consumer, "prepareForWrite first");
      out.startMessage();
      for (int i = 0; i < columns.size(); i++) {
        Object value = row[i];
        if (value == null) {
          continue;
        }
        String name = columns.get(i).name();
        out.startField(name, i);
        if (value instanceof Binary) {
          out.addBinary((Binary) value);
        } else {
          out.addInteger((Integer) value);
        }
        out.endField(name, i);
      }
      out.endMessage();
    }
  }
}
