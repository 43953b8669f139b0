package io.github.policytasks.examples.corpus;

import io.github.policytasks.parser.corpus.DocumentReader;
import io.github.policytasks.parser.corpus.DocumentResult;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Reads the inputs of a batch on a number of threads — the calling thread and a pool of the
 * others — and hands each {@link BatchItem}, with what an {@link ItemPreparer} made of it on the
 * thread that read it, to a sink in input order, from the calling thread. The calling thread
 * reads inputs too whenever the next one in order is not ready, so no thread waits while there is
 * work. Inputs are read ahead of the sink within a window ({@link ReadAhead}: at least 4 inputs
 * per thread, more while they are small), so memory stays bounded by the largest plans, not the
 * corpus. A file that cannot be read is a failed item and the run goes on; an exception thrown
 * by the sink (a failed write) ends the run at once and is rethrown, as is one thrown by a
 * preparer, when its item's turn comes. Not thread-safe; one run at a time.
 */
public final class BatchRunner {
  private final DocumentReader reader;
  private final int threads;

  /** A runner reading with {@code reader} on {@code threads} threads (at least 1). */
  public BatchRunner(DocumentReader reader, int threads) {
    this.reader = Objects.requireNonNull(reader, "reader");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.threads = threads;
  }

  /**
   * Reads {@code inputs}, preparing each item with a preparer of its thread (one from {@code
   * preparers} per thread) and giving every item with what was prepared to {@code sink} and
   * {@code progress}, in order.
   */
  public <T> BatchSummary run(List<CorpusInput> inputs,
      Supplier<? extends ItemPreparer<T>> preparers, BiConsumer<BatchItem, T> sink,
      BatchProgress progress) {
    ReadAhead<T> ahead = new ReadAhead<>(inputs, threads, input -> new BatchItem(input,
        readOne(input)));
    ExecutorService pool = threads > 1
        ? Executors.newFixedThreadPool(threads - 1, daemonThreads()) : null;
    int read = 0;
    int failed = 0;
    long bytes = 0;
    try {
      for (int t = 1; t < threads; t++) {
        pool.execute(() -> ahead.work(preparers.get()));
      }
      ItemPreparer<T> own = preparers.get();
      for (int index = 0; index < inputs.size(); index++) {
        ReadAhead.Done<T> done = ahead.take(index, own);
        BatchItem item = done.item();
        if (item.result().isRead()) {
          read++;
        } else {
          failed++;
        }
        bytes += item.result().bytes();
        sink.accept(item, done.prepared());
        progress.done(item);
      }
    } finally {
      ahead.stop();
      if (pool != null) {
        pool.shutdownNow();
      }
      progress.close();
    }
    return new BatchSummary(inputs.size(), read, failed, bytes);
  }

  private DocumentResult readOne(CorpusInput input) {
    if (input.path() == null) {
      return DocumentResult.failed(Objects.requireNonNull(input.failure()), 0);
    }
    return reader.read(input.path(), input.size());
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "policy-tasks-reader-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
