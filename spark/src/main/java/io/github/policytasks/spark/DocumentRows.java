package io.github.policytasks.spark;

import io.github.policytasks.core.Plan;
import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.DocumentReader;
import io.github.policytasks.parser.corpus.DocumentResult;
import io.github.policytasks.parser.corpus.PlanRecord;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Parses the binary files of one partition ({@code path}, {@code content}) with the executor's
 * reader into document rows ({@link SparkSchemas#document()}): the plan's task and target rows,
 * or the file's failure. Files are parsed one at a time as the partition is consumed.
 */
final class DocumentRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final String root;
  private final long maxInputSize;

  DocumentRows(String root, long maxInputSize) {
    this.root = root;
    this.maxInputSize = maxInputSize;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    DocumentReader reader = ExecutorReaders.get(maxInputSize);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Row next() {
        Row file = files.next();
        String path = file.getString(0);
        byte[] content = (byte[]) file.get(1);
        String planId = PlanIds.of(root, path);
        DocumentResult result = reader.read(content);
        Plan plan = result.plan();
        if (plan == null) {
          return RowFactory.create(planId, path, result.failure(), seq(List.of()), seq(List.of()));
        }
        PlanRecord record = new PlanRecord(planId, plan);
        return RowFactory.create(planId, path, null, rows(CorpusTable.TASKS, record),
            rows(CorpusTable.TARGETS, record));
      }
    };
  }

  private static Seq<Row> rows(CorpusTable table, PlanRecord record) {
    List<List<Object>> values = table.rows(record);
    List<Row> rows = new ArrayList<>(values.size());
    for (List<Object> row : values) {
      rows.add(RowFactory.create(row.toArray()));
    }
    return seq(rows);
  }

  /** {@code rows} as the Scala sequence a row's array field holds. */
  private static Seq<Row> seq(List<Row> rows) {
    return CollectionConverters.asScala(rows);
  }
}
