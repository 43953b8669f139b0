package io.github.policytasks.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.github.policytasks.parser.corpus.CorpusTable;
import io.github.policytasks.parser.corpus.InputProblem;
import io.github.policytasks.parser.corpus.InputSizes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The corpus job on Spark: every file under a folder or object-store prefix ({@code
 * s3a://bucket/plans/}, {@code hdfs:///plans}, a local folder) is read as a binary file, parsed
 * on the executors — each with one reader for all its tasks — and written under the output
 * prefix as three Parquet tables: {@code tasks/} and {@code targets/} with the schema of {@link
 * CorpusTable} (the batch tool's {@code tasks.parquet} and {@code targets.parquet}), and {@code
 * failures/} ({@code plan_id}, {@code path}, {@code reason}). Files over the size limit are
 * failures and are never loaded (the length filter is pushed down to the file listing); empty
 * files, which the binaryFile source skips, are listed on the driver and are failures too. Spark's
 * file listing leaves out names starting with {@code .} or {@code _}.
 *
 * <pre>
 * spark-submit --class io.github.policytasks.spark.CorpusJob policy-tasks-spark.jar \
 *     INPUT OUTPUT [MAX_INPUT_SIZE]
 * </pre>
 */
public final class CorpusJob {
  private CorpusJob() {}

  /**
   * What one run did.
   *
   * @param files how many files were listed
   * @param read how many were read into plans
   * @param failed how many failed
   * @param tasks how many task rows were written
   * @param targets how many target rows were written
   */
  public record Summary(long files, long read, long failed, long tasks, long targets) {}

  /** {@code INPUT OUTPUT [MAX_INPUT_SIZE]}: runs the job in the session spark-submit gives. */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: CorpusJob INPUT OUTPUT [MAX_INPUT_SIZE, default 256M]");
      System.exit(2);
    }
    long limit = args.length == 3 ? InputSizes.parse(args[2]) : InputSizes.DEFAULT_LIMIT;
    SparkSession spark = SparkSession.builder().appName("policy-tasks corpus").getOrCreate();
    try {
      Summary summary = run(spark, args[0], args[1], limit);
      System.out.println(summary);
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads every file under {@code input} and writes the tables under {@code output}, replacing
   * earlier ones; files over {@code maxInputSize} bytes are failures.
   */
  public static Summary run(SparkSession spark, String input, String output, long maxInputSize) {
    Objects.requireNonNull(spark, "spark");
    String root = qualified(spark, input);
    Dataset<Row> files = spark.read().format("binaryFile")
        .option("recursiveFileLookup", "true")
        .load(input);
    Dataset<Row> documents = files.where(col("length").leq(maxInputSize))
        .select("path", "content")
        .mapPartitions(new DocumentRows(root, maxInputSize),
            Encoders.row(SparkSchemas.document()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> tasks = documents.select(explode(col("tasks")).as("row")).select("row.*");
      Dataset<Row> targets = documents.select(explode(col("targets")).as("row")).select("row.*");
      Dataset<Row> failures = documents.where(col("failure").isNotNull())
          .select(col("plan_id"), col("path"), col("failure").as("reason"))
          .union(files.where(col("length").gt(maxInputSize)).select("path", "length")
              .map(tooLarge(root, maxInputSize), Encoders.row(SparkSchemas.FAILURES)))
          .union(spark.createDataFrame(emptyFiles(spark, input, root), SparkSchemas.FAILURES));
      write(tasks, output, CorpusTable.TASKS.tableName());
      write(targets, output, CorpusTable.TARGETS.tableName());
      write(failures, output, "failures");
      long parsed = documents.count();
      long unread = documents.where(col("failure").isNotNull()).count();
      long failed = failures.count();
      return new Summary(parsed + failed - unread, parsed - unread, failed, tasks.count(),
          targets.count());
    } finally {
      documents.unpersist();
    }
  }

  private static MapFunction<Row, Row> tooLarge(String root, long maxInputSize) {
    return row -> {
      String path = row.getString(0);
      String reason = ExecutorReaders.get(maxInputSize).tooLarge(row.getLong(1)).failure();
      return RowFactory.create(PlanIds.of(root, path), path, reason);
    };
  }

  /**
   * The empty files under {@code input}, as failures: the binaryFile source never yields a
   * zero-length file, so they are listed on the driver (names starting with {@code .} or {@code _}
   * left out, as Spark's listing does).
   */
  private static List<Row> emptyFiles(SparkSession spark, String input, String root) {
    List<Row> rows = new ArrayList<>();
    Path path = new Path(input);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      RemoteIterator<LocatedFileStatus> listing = fs.listFiles(path, true);
      while (listing.hasNext()) {
        LocatedFileStatus status = listing.next();
        String qualified = status.getPath().toString();
        if (status.getLen() == 0 && !hidden(root, qualified)) {
          rows.add(RowFactory.create(PlanIds.of(root, qualified), qualified,
              InputProblem.EMPTY.reason()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + input, e);
    }
    return rows;
  }

  private static boolean hidden(String root, String path) {
    for (String part : PlanIds.of(root, path).split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static void write(Dataset<Row> table, String output, String name) {
    table.write().mode(SaveMode.Overwrite).parquet(output + "/" + name);
  }

  private static String qualified(SparkSession spark, String input) {
    Path path = new Path(input);
    try {
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration())
          .makeQualified(path).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot reach " + input, e);
    }
  }
}
