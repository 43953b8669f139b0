package io.github.policytasks.examples.corpus;

import io.github.policytasks.parser.corpus.DocumentReader;
import io.github.policytasks.parser.corpus.DocumentResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads the inputs of a batch on a pool of threads and hands each {@link BatchItem} to a sink in
 * input order, from the calling thread. At most a few inputs per thread are read ahead of the
 * sink, so memory stays bounded by the largest plans, not the corpus. A file that cannot be read
 * is a failed item and the run goes on; an exception thrown by the sink (a failed write) ends
 * the run at once and is rethrown. Not thread-safe; one run at a time.
 */
public final class BatchRunner {
  private static final int AHEAD_PER_THREAD = 4;

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

  /** Reads {@code inputs}, giving every item to {@code sink} and {@code progress} in order. */
  public BatchSummary run(List<CorpusInput> inputs, Consumer<BatchItem> sink,
      BatchProgress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    int read = 0;
    int failed = 0;
    long bytes = 0;
    try {
      Deque<Future<BatchItem>> ahead = new ArrayDeque<>();
      int next = 0;
      int window = threads * AHEAD_PER_THREAD;
      for (int done = 0; done < inputs.size(); done++) {
        while (next < inputs.size() && ahead.size() < window) {
          CorpusInput input = inputs.get(next++);
          ahead.add(pool.submit(() -> new BatchItem(input, readOne(input))));
        }
        BatchItem item = await(ahead.removeFirst());
        if (item.result().isRead()) {
          read++;
        } else {
          failed++;
        }
        bytes += item.result().bytes();
        sink.accept(item);
        progress.done(item);
      }
    } finally {
      pool.shutdownNow();
      progress.close();
    }
    return new BatchSummary(inputs.size(), read, failed, bytes);
  }

  private DocumentResult readOne(CorpusInput input) {
    if (input.path() == null) {
      return DocumentResult.failed(Objects.requireNonNull(input.failure()), 0);
    }
    return reader.read(input.path());
  }

  private static BatchItem await(Future<BatchItem> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new IllegalStateException("Reading a file failed: " + cause, cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
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
