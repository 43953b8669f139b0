package io.github.policytasks.spark;

import io.github.policytasks.parser.corpus.DocumentReader;
import io.github.policytasks.parser.PlanParser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one {@link DocumentReader} of each executor JVM per size limit: built on first use by the
 * executor's first task, then shared by all its tasks and threads (the reader is thread-safe).
 */
final class ExecutorReaders {
  private static final Map<Long, DocumentReader> READERS = new ConcurrentHashMap<>();

  private ExecutorReaders() {}

  /** This JVM's reader refusing files over {@code maxInputSize} bytes. */
  static DocumentReader get(long maxInputSize) {
    return READERS.computeIfAbsent(maxInputSize,
        limit -> new DocumentReader(PlanParser.create(), null, limit));
  }
}
