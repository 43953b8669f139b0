package io.github.policytasks.examples.corpus;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a batch on standard error, as one rewritten line — {@code 312/1000 files  41.2/130.0
 * MB  38.5 MB/s  0:02 left} — shown only when enabled (standard error is a terminal), at most ten
 * times a second, and cleared when the batch ends. Not thread-safe (the runner calls it from one
 * thread).
 */
public final class BatchProgress implements AutoCloseable {
  private static final long NANOS_BETWEEN_UPDATES = 100_000_000L;
  private static final double MB = 1024.0 * 1024.0;

  private final PrintWriter err;
  private final boolean enabled;
  private final int files;
  private final long totalBytes;
  private final LongSupplier clock;
  private final long start;
  private int done;
  private long bytes;
  private long lastUpdate;
  private int lastWidth;

  /** Progress over {@code files} inputs of {@code totalBytes} bytes, shown when {@code enabled}. */
  public BatchProgress(PrintWriter err, boolean enabled, int files, long totalBytes) {
    this(err, enabled, files, totalBytes, System::nanoTime);
  }

  BatchProgress(PrintWriter err, boolean enabled, int files, long totalBytes, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.files = files;
    this.totalBytes = totalBytes;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastUpdate = start - NANOS_BETWEEN_UPDATES;
  }

  /** Progress that shows nothing. */
  public static BatchProgress none() {
    return new BatchProgress(new PrintWriter(java.io.Writer.nullWriter()), false, 0, 0);
  }

  /** Counts {@code item} as done and redraws the line when it is time. */
  void done(BatchItem item) {
    done++;
    bytes += item.result().bytes();
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - lastUpdate < NANOS_BETWEEN_UPDATES && done < files) {
      return;
    }
    lastUpdate = now;
    String line = line(now);
    err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
    err.flush();
    lastWidth = line.length();
  }

  /** The progress line at time {@code now}. */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = bytes / MB / seconds;
    StringBuilder line = new StringBuilder();
    line.append(done).append('/').append(files).append(" files  ")
        .append(String.format(Locale.ROOT, "%.1f/%.1f MB  %.1f MB/s", bytes / MB, totalBytes / MB,
            rate));
    if (bytes > 0 && totalBytes > bytes) {
      long left = Math.round((totalBytes - bytes) / (bytes / seconds));
      line.append(String.format(Locale.ROOT, "  %d:%02d left", left / 60, left % 60));
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (enabled && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
      lastWidth = 0;
    }
  }
}
