package io.github.policytasks.examples.cli;

import io.github.policytasks.examples.corpus.BatchItem;
import io.github.policytasks.examples.corpus.BatchProgress;
import io.github.policytasks.examples.corpus.BatchRunner;
import io.github.policytasks.examples.corpus.BatchSummary;
import io.github.policytasks.examples.corpus.CorpusFiles;
import io.github.policytasks.examples.corpus.CorpusInput;
import io.github.policytasks.examples.corpus.CorpusWriter;
import io.github.policytasks.examples.corpus.ItemPreparer;
import io.github.policytasks.examples.corpus.JsonLines;
import io.github.policytasks.examples.corpus.OutputFileException;
import io.github.policytasks.parser.corpus.DocumentReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * One batch run of {@code parse --jsonl} or {@code corpus}: expands the arguments into files,
 * parses them on the thread pool, writes each result in input order, shows progress when
 * standard error is a terminal, names each failed file on standard error (at most {@value
 * #NAMED_FAILURES}, then a count) and returns the batch's exit code. A failed write ends the run
 * ({@link OutputFailure}).
 */
final class BatchCommandRun {
  static final int NAMED_FAILURES = 20;

  private final CliContext context;
  private final ParseOptions options;
  private final BatchOptions batch;
  private final PrintWriter err;
  private int failuresNamed;

  BatchCommandRun(CliContext context, ParseOptions options, BatchOptions batch, PrintWriter err) {
    this.context = context;
    this.options = options;
    this.batch = batch;
    this.err = err;
  }

  /** {@code parse --jsonl}: one JSON line per document on standard output. */
  int jsonLines(List<String> arguments) throws IOException {
    OutputStream out = context.stdout();
    return run(arguments, JsonLines::new, (item, line) -> {
      try {
        out.write(line);
        out.flush();
      } catch (IOException e) {
        throw new OutputFailure("standard output", e);
      }
    });
  }

  /** {@code corpus}: the corpus tables in {@code folder}. */
  int tables(List<String> arguments, Path folder) throws IOException {
    CorpusWriter writer;
    try {
      writer = new CorpusWriter(folder);
    } catch (OutputFileException e) {
      throw new OutputFailure(e.file().toString(), e);
    }
    int code;
    try {
      code = run(arguments, CorpusWriter::preparer, (item, pieces) -> {
        try {
          writer.write(pieces);
        } catch (OutputFileException e) {
          throw new OutputFailure(e.file().toString(), e);
        } catch (IOException e) {
          throw new OutputFailure(folder.toString(), e);
        }
      });
    } finally {
      try {
        writer.close();
      } catch (OutputFileException e) {
        throw new OutputFailure(e.file().toString(), e);
      }
    }
    return code;
  }

  private <T> int run(List<String> arguments, Supplier<ItemPreparer<T>> preparers,
      BiConsumer<BatchItem, T> sink) {
    if (batch.threads < 1) {
      throw new CliException("--threads must be at least 1, not " + batch.threads);
    }
    List<CorpusInput> inputs = CorpusFiles.expand(arguments);
    if (inputs.isEmpty()) {
      throw new CliException("no file to read in " + String.join(", ", arguments));
    }
    long total = inputs.stream().mapToLong(CorpusInput::size).sum();
    DocumentReader reader =
        new DocumentReader(options.parser(), options.charset, options.maxInputSize);
    BatchSummary summary = new BatchRunner(reader, batch.threads).run(inputs, preparers,
        (item, prepared) -> {
          sink.accept(item, prepared);
          nameFailure(item);
        },
        new BatchProgress(err, context.terminal(), inputs.size(), total));
    if (summary.failed() > NAMED_FAILURES) {
      err.println(OneLineErrors.line("… and " + (summary.failed() - NAMED_FAILURES)
          + " more files could not be read"));
    }
    if (summary.failed() > 0) {
      err.println(OneLineErrors.line(summary.read() + " of " + summary.files()
          + " files read, " + summary.failed() + " failed"));
    }
    err.flush();
    return summary.exitCode();
  }

  private void nameFailure(BatchItem item) {
    String failure = item.result().failure();
    if (failure != null && failuresNamed++ < NAMED_FAILURES) {
      err.println(OneLineErrors.line(item.input().file() + ": " + failure));
    }
  }
}
