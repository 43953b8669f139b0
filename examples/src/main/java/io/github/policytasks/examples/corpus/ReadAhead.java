package io.github.policytasks.examples.corpus;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of one batch run, claimed in order by the threads that read them and taken in order
 * by the one thread that writes them (the owner, which reads too while the next item is not
 * ready). An input is claimed only within a window ahead of the last item taken: always the
 * next {@value #MIN_AHEAD_PER_THREAD} per thread, and up to {@value #MAX_AHEAD_PER_THREAD} per
 * thread while their listed sizes add up to at most {@value #BYTES_AHEAD_PER_THREAD} bytes per
 * thread — small files keep every thread busy while a large one ahead of them is read, large ones
 * keep memory bounded. A reading thread waits only when the window is full, the owner only when
 * the next item is being read by another thread and nothing else may be claimed. Thread-safe.
 *
 * @param <T> what a preparer makes of an item
 */
final class ReadAhead<T> {
  static final int MIN_AHEAD_PER_THREAD = 4;
  static final int MAX_AHEAD_PER_THREAD = 64;
  static final long BYTES_AHEAD_PER_THREAD = 1L << 20;

  /**
   * One item read, with what was prepared of it, or what was thrown while reading or preparing.
   *
   * @param item the item, or null when reading threw
   * @param prepared what was prepared, or null when reading or preparing threw
   * @param readFailure what reading threw, or null
   * @param prepareFailure what preparing threw, or null
   * @param <T> what a preparer makes of an item
   */
  record Done<T>(@Nullable BatchItem item, @Nullable T prepared, @Nullable Throwable readFailure,
      @Nullable Throwable prepareFailure) {}

  private final List<CorpusInput> inputs;
  private final long[] ends;
  private final Function<CorpusInput, BatchItem> read;
  private final int minAhead;
  private final int maxAhead;
  private final long bytesAhead;
  private final AtomicReferenceArray<Done<T>> done;
  private final AtomicInteger next = new AtomicInteger();
  private final Object lock = new Object();
  private volatile int taken;
  private volatile boolean stopped;
  private volatile boolean ownerWaiting;
  private volatile int readersWaiting;

  /** The inputs, read on {@code threads} threads (the owner included) with {@code read}. */
  ReadAhead(List<CorpusInput> inputs, int threads, Function<CorpusInput, BatchItem> read) {
    this.inputs = inputs;
    this.read = read;
    this.ends = new long[inputs.size() + 1];
    for (int i = 0; i < inputs.size(); i++) {
      ends[i + 1] = ends[i] + inputs.get(i).size();
    }
    this.minAhead = MIN_AHEAD_PER_THREAD * threads;
    this.maxAhead = Math.max(minAhead, MAX_AHEAD_PER_THREAD * threads);
    this.bytesAhead = BYTES_AHEAD_PER_THREAD * threads;
    this.done = new AtomicReferenceArray<>(inputs.size());
  }

  /** A reading thread's loop: claims, reads and prepares items until none is left or the run stops. */
  void work(ItemPreparer<T> preparer) {
    while (true) {
      int index = claimOrWait();
      if (index < 0) {
        return;
      }
      done.set(index, process(index, preparer));
      if (ownerWaiting) {
        synchronized (lock) {
          lock.notifyAll();
        }
      }
    }
  }

  /**
   * The owner's step: {@return item {@code index}, once read} While it is not, the owner reads the
   * next unclaimed item itself, or waits when none may be claimed. Rethrows what reading or
   * preparing the item threw.
   */
  Done<T> take(int index, ItemPreparer<T> preparer) {
    boolean interrupted = false;
    try {
      while (true) {
        Done<T> item = done.get(index);
        if (item != null) {
          done.set(index, null);
          taken = index + 1;
          if (readersWaiting > 0) {
            synchronized (lock) {
              lock.notifyAll();
            }
          }
          return rethrow(item);
        }
        int claimed = claimNow();
        if (claimed >= 0) {
          done.set(claimed, process(claimed, preparer));
          continue;
        }
        synchronized (lock) {
          ownerWaiting = true;
          try {
            while (done.get(index) == null) {
              try {
                lock.wait();
              } catch (InterruptedException e) {
                interrupted = true;
              }
            }
          } finally {
            ownerWaiting = false;
          }
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Ends the run: reading threads claim nothing more and stop waiting. */
  void stop() {
    stopped = true;
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  private Done<T> process(int index, ItemPreparer<T> preparer) {
    BatchItem item;
    try {
      item = read.apply(inputs.get(index));
    } catch (Throwable e) {
      return new Done<>(null, null, e, null);
    }
    try {
      return new Done<>(item, preparer.prepare(item), null, null);
    } catch (Throwable e) {
      return new Done<>(item, null, null, e);
    }
  }

  private static <T> Done<T> rethrow(Done<T> item) {
    Throwable cause = item.readFailure();
    if (cause != null) {
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("Reading a file failed: " + cause, cause);
    }
    cause = item.prepareFailure();
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    if (cause != null) {
      throw (Error) cause;
    }
    Objects.requireNonNull(item.item(), "item");
    return item;
  }

  /** {@return the index of the next input, now claimed, or -1 when none may be claimed now} */
  private int claimNow() {
    int index = next.get();
    while (index < inputs.size() && inWindow(index)) {
      if (next.compareAndSet(index, index + 1)) {
        return index;
      }
      index = next.get();
    }
    return -1;
  }

  /**
   * {@return the index of the next input, now claimed, waiting while it is beyond the window; or
   * -1 when none is left or the run stopped}
   */
  private int claimOrWait() {
    while (!stopped) {
      int index = next.get();
      if (index >= inputs.size()) {
        return -1;
      }
      if (inWindow(index)) {
        if (next.compareAndSet(index, index + 1)) {
          return index;
        }
        continue;
      }
      synchronized (lock) {
        readersWaiting++;
        try {
          while (!stopped && next.get() == index && !inWindow(index)) {
            lock.wait();
          }
        } catch (InterruptedException e) {
          return -1;
        } finally {
          readersWaiting--;
        }
      }
    }
    return -1;
  }

  private boolean inWindow(int index) {
    int from = taken;
    int ahead = index - from;
    return ahead < minAhead
        || ahead < maxAhead && ends[index + 1] - ends[from] <= bytesAhead;
  }
}
