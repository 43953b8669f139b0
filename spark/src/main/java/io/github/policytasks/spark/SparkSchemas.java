package io.github.policytasks.spark;

import io.github.policytasks.parser.corpus.ColumnType;
import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.TableColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark types of the corpus tables: {@link ColumnType#STRING} is {@code string}, {@link
 * ColumnType#INT} is {@code int}, {@link ColumnType#DECIMAL} is {@code decimal(38,6)}; every
 * column nullable. Stateless.
 */
public final class SparkSchemas {
  /** The columns of the failures table: {@code plan_id}, {@code path}, {@code reason}. */
  public static final StructType FAILURES = new StructType(new StructField[] {
      DataTypes.createStructField("plan_id", DataTypes.StringType, false),
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false)});

  private SparkSchemas() {}

  /** The schema of {@code table}. */
  public static StructType of(CorpusTable table) {
    List<StructField> fields = new ArrayList<>();
    for (TableColumn column : table.columns()) {
      fields.add(DataTypes.createStructField(column.name(), type(column.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * The schema of one parsed file: its plan id, path, failure (null when read), and the rows of
   * its tasks and targets.
   */
  static StructType document() {
    return new StructType(new StructField[] {
        DataTypes.createStructField("plan_id", DataTypes.StringType, false),
        DataTypes.createStructField("path", DataTypes.StringType, false),
        DataTypes.createStructField("failure", DataTypes.StringType, true),
        DataTypes.createStructField("tasks",
            DataTypes.createArrayType(of(CorpusTable.TASKS), false), false),
        DataTypes.createStructField("targets",
            DataTypes.createArrayType(of(CorpusTable.TARGETS), false), false)});
  }

  private static DataType type(ColumnType type) {
    switch (type) {
      case STRING:
        return DataTypes.StringType;
      case INT:
        return DataTypes.IntegerType;
      case DECIMAL:
        return DataTypes.createDecimalType(ColumnType.DECIMAL_PRECISION, ColumnType.DECIMAL_SCALE);
      default:
        throw new IllegalArgumentException("Unknown column type " + type);
    }
  }
}
