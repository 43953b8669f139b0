package io.github.policytasks.examples.cli;

import java.io.PrintWriter;

/**
 * Shows progress of a run over several files on standard error as one rewritten line
 * ({@code [3/10] plan.txt}), only when enabled (standard error is a terminal) and there is more
 * than one file; the line is cleared when the run ends. Not thread-safe.
 */
final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final boolean enabled;
  private final int total;
  private int lastWidth;

  Progress(PrintWriter err, boolean terminal, int total) {
    this.err = err;
    this.enabled = terminal && total > 1;
    this.total = total;
  }

  /** Reports that file number {@code index} (1-based), {@code name}, is being read. */
  void step(int index, String name) {
    if (!enabled) {
      return;
    }
    String line = "[" + index + "/" + total + "] " + name;
    err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
    err.flush();
    lastWidth = line.length();
  }

  @Override
  public void close() {
    if (enabled && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
    }
  }
}
